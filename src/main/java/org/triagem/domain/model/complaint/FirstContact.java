package org.triagem.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The contact that opened a case, as the consumer made it: the channel, who they said they are, the
 * subject and text in their own words, what they picked on the form or in the phone menu, and the mail's
 * Message-ID. Only who the customer is may be completed later, when a caller identifies themselves.
 *
 * <p>Part of the {@link Case} aggregate, stored in the case's own row; queries read
 * {@code c.firstContact.subject}.
 */
@Embeddable
public class FirstContact {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Embedded
    private Customer customer;

    @Column(length = 300)
    private String subject;

    @Column(nullable = false)
    private String description;

    /** What the consumer picked at intake, for the rules when they decide about the case again. */
    @Embedded
    private ContactChoices choices;

    /** The Message-ID of the mail that opened the case, for threading our answers under it. */
    @Column(name = "mail_message_id", length = CaseMessage.MAX_MESSAGE_ID)
    private String mailMessageId;

    protected FirstContact() {
        // for JPA
    }

    FirstContact(IncomingContact contact) {
        this.channel = contact.channel();
        this.customer = contact.customer();
        this.subject = contact.subject();
        this.description = contact.description();
        this.choices = ContactChoices.of(contact);
        this.mailMessageId = CaseMessage.fitMessageId(contact.mailMessageId());
    }

    /** The caller said who they are; what was already known is kept. */
    Customer completeCustomer(Customer details) {
        customer = customer().completedWith(details);
        return customer;
    }

    /** The customer's contact data corrected (LGPD Art. 18 III): the CPF stays as it was. */
    Customer correctCustomer(String name, String email, String phone) {
        customer = new Customer(name, email, phone, customer().cpf());
        return customer;
    }

    public Channel channel() {
        return channel;
    }

    public Customer customer() {
        return customer == null ? Customer.anonymous() : customer;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    /** What the consumer picked at intake (none for cases opened before they were kept). */
    public ContactChoices choices() {
        // JPA reads an embeddable whose columns are all null as null.
        return choices == null ? ContactChoices.NONE : choices;
    }

    public String mailMessageId() {
        return mailMessageId;
    }
}

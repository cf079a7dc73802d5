package org.triagem.domain.model.complaint;

import java.util.List;
import java.util.Objects;

/**
 * One inbound contact, already translated from its channel's payload: what every channel hands to
 * intake. {@code sourceKey} identifies the contact at its source (a web form token, a mail UID, a
 * webhook event id) so that a retried delivery does not open a second case. {@code referencedProtocol}
 * is set when the contact names an existing case (a reply by email): it then joins that case.
 * {@code noAutoReplyReason} is set when the contact must get no automatic answer (RFC 3834: it is
 * itself automatic, a bounce, a mailing list...). {@code mailMessageId} is the Message-ID of the mail
 * it came in, when it came by mail. {@code call} carries what the phone system knows about a call (the
 * IVR choice, a drop, a call-back request); null for other channels. Whatever the channel, the fields
 * are made to fit their columns on construction ({@link FieldSizes}): a cut subject or name is kept
 * whole at the head of the description.
 */
public record IncomingContact(
        Channel channel,
        String sourceKey,
        Customer customer,
        String subject,
        String description,
        String categoryHint,
        ProtocolNumber referencedProtocol,
        String noAutoReplyReason,
        List<Attachment> attachments,
        String mailMessageId,
        CallFacts call) {

    /** A new contact that names no existing case. */
    public IncomingContact(Channel channel, String sourceKey, Customer customer, String subject,
            String description, String categoryHint) {
        this(channel, sourceKey, customer, subject, description, categoryHint, null, null, List.of(), null, null);
    }

    /** The same contact with another description, such as one with a note for the staff appended. */
    public IncomingContact withDescription(String text) {
        return new IncomingContact(channel, sourceKey, customer, subject, text, categoryHint, referencedProtocol,
                noAutoReplyReason, attachments, mailMessageId, call);
    }

    /** The same contact, with the files that came with it. */
    public IncomingContact withAttachments(List<Attachment> files) {
        return new IncomingContact(channel, sourceKey, customer, subject, description, categoryHint,
                referencedProtocol, noAutoReplyReason, files, mailMessageId, call);
    }

    /** The same contact, which must get no automatic answer, and why. */
    public IncomingContact withoutAutoReply(String reason) {
        return new IncomingContact(channel, sourceKey, customer, subject, description, categoryHint,
                referencedProtocol, reason, attachments, mailMessageId, call);
    }

    /** The same contact, naming the existing case it belongs to. */
    public IncomingContact referring(ProtocolNumber protocol) {
        return new IncomingContact(channel, sourceKey, customer, subject, description, categoryHint, protocol,
                noAutoReplyReason, attachments, mailMessageId, call);
    }

    /** The same contact, with the Message-ID its mail carried, so that our answers can thread under it. */
    public IncomingContact withMailMessageId(String messageId) {
        return new IncomingContact(channel, sourceKey, customer, subject, description, categoryHint,
                referencedProtocol, noAutoReplyReason, attachments, messageId, call);
    }

    /** The same contact, with what the phone system told about the call. */
    public IncomingContact about(CallFacts facts) {
        return new IncomingContact(channel, sourceKey, customer, subject, description, categoryHint,
                referencedProtocol, noAutoReplyReason, attachments, mailMessageId, facts);
    }

    /** What the phone system told about the call; no facts for other channels. */
    public CallFacts callFacts() {
        return call == null ? CallFacts.NONE : call;
    }

    public boolean mayAutoReply() {
        return noAutoReplyReason == null;
    }

    public IncomingContact {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(customer, "customer");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a contact needs a description");
        }
        // Every channel's contact fits the columns it is stored in, here and only here (FieldSizes).
        ContactFitting fitting = new ContactFitting();
        subject = fitting.subject(subject);
        customer = fitting.customer(customer);
        attachments = fitting.attachments(attachments);
        description = fitting.description(description);
        categoryHint = FieldSizes.fit(categoryHint, FieldSizes.CATEGORY);
        sourceKey = FieldSizes.fitSourceKey(sourceKey);
    }
}

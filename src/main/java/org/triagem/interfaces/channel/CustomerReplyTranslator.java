package org.triagem.interfaces.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.apache.camel.Exchange;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * Turns a customer's message from the status page into a web-form contact that names its case, as a
 * mail reply names its case by the protocol in the subject: intake then joins it to the case, which
 * goes back to work (or reopens, within the window) exactly as for a mail reply. The translating step
 * of routes/customer-reply.camel.yaml, and of a quarantined message's replay.
 */
@ApplicationScoped
@Named("customerReplyTranslator")
public class CustomerReplyTranslator {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** The message as JSON: the raw payload kept if it has to be quarantined. */
    public String toJson(CustomerReply reply) {
        return JSON.toJson(reply);
    }

    /** Reads a quarantined payload back, for replay. */
    public CustomerReply fromJson(String json) {
        return JSON.fromJson(json, CustomerReply.class);
    }

    /** Whether a quarantined web-form contact is a status-page message (else a web form). */
    public boolean isReply(String sourceKey) {
        return CustomerReply.isReplyKey(sourceKey);
    }

    /** Route step: notes the message as received for quarantine, then answers the contact it becomes. */
    public IncomingContact translate(CustomerReply reply, Exchange exchange) {
        ContactOrigin.note(exchange, Channel.WEB_FORM, reply.sourceKey(), toJson(reply));
        return toContact(reply);
    }

    /**
     * The contact: from nobody in particular (the case knows its customer; the page proved the message is
     * theirs), naming the case, with the document if one came.
     */
    public IncomingContact toContact(CustomerReply reply) {
        IncomingContact contact = new IncomingContact(Channel.WEB_FORM, reply.sourceKey(), Customer.anonymous(),
                null, reply.description(), null).referring(ProtocolNumber.parse(reply.protocol()));
        return reply.attachment().map(file -> contact.withAttachments(List.of(file))).orElse(contact);
    }
}

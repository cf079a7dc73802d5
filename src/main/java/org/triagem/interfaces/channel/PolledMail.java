package org.triagem.interfaces.channel;

import org.apache.camel.Exchange;
import org.triagem.domain.model.complaint.IncomingContact;

/**
 * One message of a mailbox poll as read: its dedupe key and raw text (kept for quarantine), and the
 * contact it becomes, or the reason it cannot become one.
 */
public record PolledMail(String sourceKey, String rawPayload, IncomingContact contact, Exception failure) {

    static PolledMail read(String sourceKey, String rawPayload, IncomingContact contact) {
        return new PolledMail(sourceKey, rawPayload, contact, null);
    }

    static PolledMail unreadable(String sourceKey, String rawPayload, Exception failure) {
        return new PolledMail(sourceKey, rawPayload, null, failure);
    }

    boolean isReadable() {
        return failure == null;
    }

    /** What the route's quarantine step needs should this mail fail. */
    void keepForQuarantine(Exchange exchange) {
        ContactOrigin.noteKeyAndPayload(exchange, sourceKey, rawPayload);
    }

    IncomingContact contactOrThrow() throws Exception {
        if (failure != null) {
            throw failure;
        }
        return contact;
    }
}

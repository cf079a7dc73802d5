package org.triagem.application;

import java.time.OffsetDateTime;
import org.triagem.domain.model.complaint.CaseMessage;
import org.triagem.domain.model.outbox.MailStatus;

/** A message just added to a case's conversation, and how far its delivery has got. */
public record ConversationMessage(Long id, CaseMessage.Kind kind, String text, String author, OffsetDateTime time,
        Delivery delivery) {

    /** Where the message stands on its way to the customer. */
    public enum Delivery {
        /** An internal note: it goes to no one. */
        INTERNAL,
        /** A reply recorded on the case only: the customer left no email address. */
        NOT_SENT,
        /** In the outbox, waiting for the mail server. */
        PENDING,
        /** Accepted by the mail server. */
        SENT,
        /** Given up by the outbox; needs a person. */
        FAILED;

        public static Delivery of(MailStatus status) {
            return valueOf(status.name());
        }
    }

    public static ConversationMessage of(CaseMessage m, Delivery delivery) {
        return new ConversationMessage(m.id(), m.kind(), m.body(), m.author(), m.receivedAt(), delivery);
    }
}

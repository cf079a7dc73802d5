package org.triagem.domain.model.outbox;

/** Where an outgoing mail stands. */
public enum MailStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** Accepted by the mail server. */
    SENT,
    /** Given up: rejected for good, or out of attempts. Needs a person. */
    FAILED
}

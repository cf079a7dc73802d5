package org.triagem.domain.model.subject;

/** How an answer reached the subject. */
public enum Delivery {
    /** Downloaded by the subject from the status page after verification. */
    DOWNLOAD,
    /** Sent by mail through the outbox. */
    MAIL,
    /** Handed over by staff another way (post, in person), as they recorded it. */
    BY_STAFF
}

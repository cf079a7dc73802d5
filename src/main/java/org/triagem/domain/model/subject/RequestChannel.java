package org.triagem.domain.model.subject;

/** Where the subject made the request. */
public enum RequestChannel {
    /** On the public status page, after verification. */
    STATUS_PAGE,
    /** By phone: a member of staff registers it. */
    PHONE,
    /** By mail or in writing, registered by staff. */
    WRITTEN
}

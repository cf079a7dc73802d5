package org.triagem.domain.model.complaint;

/** The channel through which a contact reached the SAC. */
public enum Channel {
    WEB_FORM,
    EMAIL,
    PHONE
}

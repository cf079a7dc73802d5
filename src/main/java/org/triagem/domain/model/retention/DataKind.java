package org.triagem.domain.model.retention;

/** The kinds of personal data a retention policy applies to, each with its own setting. */
public enum DataKind {
    CLOSED_CASES,
    QUARANTINE,
    ATTACHMENTS,
    OUTBOX_BODIES,
    SURVEY_COMMENTS,
    CALL_RECORDS
}

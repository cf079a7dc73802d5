package org.triagem.domain.model.outbox;

/** Why a mail is sent. */
public enum MailKind {
    /** The automatic receipt of a new case, with its protocol number and expected answer date. */
    ACKNOWLEDGEMENT,
    /** An answer written by a member of staff. */
    STAFF_REPLY,
    /** A notice to a supervisor that an SLA checkpoint escalated a case. */
    ESCALATION
}

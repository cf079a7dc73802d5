package org.triagem.domain.model.outbox;

/** Why a mail is sent. */
public enum MailKind {
    /** The automatic receipt of a new case, with its protocol number and expected answer date. */
    ACKNOWLEDGEMENT(true),
    /** An answer written by a member of staff. */
    STAFF_REPLY(false),
    /** The automatic notice that a mail was too large to be registered; it belongs to no case. */
    OVERSIZED_NOTICE(true),
    /**
     * A notice to a supervisor that an SLA checkpoint escalated a case. Internal: a supervisor may get
     * dozens a day, and the per-address limit exists to protect customers from loops.
     */
    ESCALATION(false),
    /**
     * The satisfaction survey after a resolution, with its signed one-click links. Automatic (RFC 3834),
     * and so counted against the daily limit, like an acknowledgement.
     */
    SURVEY(true),
    /**
     * The periodic root-cause digest to a department's supervisors (docs/digest.md). Internal, like an
     * escalation notice: staff mail, not counted against the customers' daily limit.
     */
    DIGEST(false),
    /**
     * What a data subject asked for (their history under Decreto 11.034/2022 Art. 12): sent because they
     * asked, so not automatic and not counted against the daily limit (docs/privacy.md).
     */
    SUBJECT_REQUEST(false),
    /** A notice to the DPO that a data subject's request is near or past its deadline. Internal. */
    SUBJECT_ESCALATION(false);

    private final boolean automatic;

    MailKind(boolean automatic) {
        this.automatic = automatic;
    }

    /**
     * Sent by Triagem on its own (RFC 3834): marked {@code Auto-Submitted: auto-replied} and counted
     * against the daily limit per address. A person's reply is neither.
     */
    public boolean isAutomatic() {
        return automatic;
    }
}

package org.triagem.domain.model.retention;

/**
 * Why a case may not be anonymised yet, said so that the DPO can act on it.
 *
 * @param kind which rule holds the data
 * @param protocol the case held (null for a hold on the subject as a whole)
 * @param detail the hold's own words: the DPO's reason, or the date the decree's retention ends
 */
public record Hold(Kind kind, String protocol, String detail) {

    /** The three things that keep personal data: the work, the law, and a decision of the DPO. */
    public enum Kind {
        /** The case is still being worked (not resolved, closed, merged or a duplicate). */
        OPEN_CASE,
        /** The case has a call younger than the decree's 90 days of call records. */
        CALL_RECORD,
        /** The DPO placed a legal hold on the case or on the subject (a lawsuit, a Procon inquiry...). */
        LEGAL_HOLD
    }
}

package org.triagem.domain.model.complaint;

/** A lifecycle change the case's current status does not allow, such as resolving a closed case. */
public class IllegalCaseTransitionException extends RuntimeException {

    private final CaseStatus from;
    private final CaseStatus to;

    public IllegalCaseTransitionException(CaseStatus from, CaseStatus to) {
        super("a case in status " + from + " cannot move to " + to);
        this.from = from;
        this.to = to;
    }

    public CaseStatus from() {
        return from;
    }

    public CaseStatus to() {
        return to;
    }
}

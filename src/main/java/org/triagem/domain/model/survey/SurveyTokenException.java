package org.triagem.domain.model.survey;

/** A survey link that does not name a survey we may answer; says no more than why, never which survey. */
public class SurveyTokenException extends RuntimeException {

    /** Why the token was refused. */
    public enum Reason {
        /** Not signed with our secret: tampered with, truncated or made up. */
        INVALID,
        /** Signed by us, but past its expiry. */
        EXPIRED
    }

    private final Reason reason;

    public SurveyTokenException(Reason reason) {
        super(reason == Reason.EXPIRED ? "the survey link has expired" : "the survey link is not valid");
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

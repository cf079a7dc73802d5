package org.triagem.domain.model.complaint;

/** A text that is not a valid protocol number: wrong length or wrong check digit. */
public class InvalidProtocolNumberException extends RuntimeException {

    /** What is wrong with the text. */
    public enum Reason { MISSING, LENGTH, CHECK_DIGIT }

    private final Reason reason;

    public InvalidProtocolNumberException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

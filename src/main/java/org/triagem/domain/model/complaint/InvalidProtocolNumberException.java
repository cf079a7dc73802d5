package org.triagem.domain.model.complaint;

/** A text that is not a valid protocol number: wrong length or wrong check digit. */
public class InvalidProtocolNumberException extends RuntimeException {

    public InvalidProtocolNumberException(String message) {
        super(message);
    }
}

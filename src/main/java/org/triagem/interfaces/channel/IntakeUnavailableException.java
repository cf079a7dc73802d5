package org.triagem.interfaces.channel;

/** Intake cannot take contacts right now (routes stopped or failing); the caller should retry. */
public class IntakeUnavailableException extends RuntimeException {

    public IntakeUnavailableException(String message) {
        super(message);
    }

    public IntakeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

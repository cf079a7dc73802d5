package org.triagem.application;

/**
 * A contact that is refused, not failed: nothing is wrong on our side and nothing is quarantined, the
 * sender is told why (an event id reused for other content, say).
 */
public class RefusedContactException extends RuntimeException {

    public RefusedContactException(String message) {
        super(message);
    }
}

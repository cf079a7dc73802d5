package org.triagem.domain.model.search;

/** A search the list cannot run as typed (too long); the message says why, in plain words. */
public class InvalidSearchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidSearchException(String message) {
        super(message);
    }
}

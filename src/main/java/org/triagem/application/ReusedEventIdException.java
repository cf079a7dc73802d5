package org.triagem.application;

/** An event id that was already applied to another payload: a replay with altered content. */
public class ReusedEventIdException extends RefusedContactException {

    public ReusedEventIdException(String eventId) {
        super("event id " + eventId + " was already used for an event with other content");
    }
}

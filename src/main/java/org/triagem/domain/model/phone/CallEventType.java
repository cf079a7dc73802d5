package org.triagem.domain.model.phone;

import java.util.Arrays;
import java.util.Optional;

/** What happened to a call, with the names the phone contract uses on the wire. */
public enum CallEventType {
    STARTED("call.started"),
    UPDATED("call.updated"),
    ENDED("call.ended"),
    DROPPED("call.dropped"),
    CALLBACK_REQUESTED("callback.requested"),
    /** The caller answered the IVR's post-call survey (docs/surveys.md). */
    SURVEY_ANSWERED("survey.answered");

    private final String wireName;

    CallEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<CallEventType> fromWire(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    /** A dropped call or a call-back request: the consumer is owed a call (Decreto 11.034/2022). */
    public boolean owesCallback() {
        return this == DROPPED || this == CALLBACK_REQUESTED;
    }
}

package org.triagem.domain.model.phone;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the attendant closed the call. */
public enum CallDisposition {
    /** Solved while the caller was on the line: the case is resolved (first-contact resolution). */
    RESOLVED_FIRST_CONTACT,
    /** The case stays open for the department to work. */
    FOLLOW_UP,
    TRANSFERRED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CallDisposition> fromWire(String name) {
        return Arrays.stream(values()).filter(d -> d.wireName().equals(name)).findFirst();
    }
}

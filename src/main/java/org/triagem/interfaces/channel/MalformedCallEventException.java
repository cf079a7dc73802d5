package org.triagem.interfaces.channel;

import java.util.List;

/** A call event that is not valid JSON of the phone contract; each violation names its field. */
public class MalformedCallEventException extends RuntimeException {

    /** One field at fault, with a message the integrator can act on. */
    public record Violation(String field, String message) {
    }

    private final transient List<Violation> violations;

    public MalformedCallEventException(List<Violation> violations) {
        super("malformed call event: " + violations.stream().map(v -> v.field() + " " + v.message()).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}

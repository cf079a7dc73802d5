package org.triagem.domain.model.ruleset;

/**
 * A proposal that would shrink the server's scenarios without saying so: it names scenarios to drop
 * without a reason, names one the server does not have, or quietly weakens one (an expectation or a
 * column left out). {@code subject} is what the analyst wrote or left out, for the message.
 */
public class ScenarioRemovalException extends RuntimeException {

    /** What was wrong; each has its own sentence in the problem bundles. */
    public enum Kind {
        NO_REASON,
        UNKNOWN_SCENARIO,
        WEAKENED_SCENARIO,
        DROPPED_COLUMN
    }

    private final Kind kind;
    private final String subject;

    public ScenarioRemovalException(Kind kind, String subject) {
        super(kind + ": " + subject);
        this.kind = kind;
        this.subject = subject;
    }

    public Kind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }
}

package org.triagem.domain.model.routing;

import java.util.Objects;
import org.triagem.domain.model.complaint.Priority;

/**
 * An SLA checkpoint that has come due, as the escalation rules see it. Read-only.
 *
 * <p>What a rule can read: {@code clock} (which SLA clock: {@code FIRST_RESPONSE}, {@code RESOLUTION} or
 * {@code LEGAL}), {@code percentElapsed} (how much of that clock's target has run, 50, 80, 100 ...),
 * {@code department} and {@code priority} (where the case is now), and {@code escalationLevel} (how many
 * times the case has been escalated before: 0 for never).
 */
public final class Checkpoint {

    private final CheckpointClock clock;
    private final int percentElapsed;
    private final String department;
    private final Priority priority;
    private final int escalationLevel;

    public Checkpoint(CheckpointClock clock, int percentElapsed, String department, Priority priority,
            int escalationLevel) {
        if (percentElapsed < 0 || escalationLevel < 0) {
            throw new IllegalArgumentException("percent elapsed and escalation level cannot be negative");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.percentElapsed = percentElapsed;
        this.department = Objects.requireNonNull(department, "department");
        this.priority = Objects.requireNonNull(priority, "priority");
        this.escalationLevel = escalationLevel;
    }

    /** True when the case currently sits with this department (ignoring case and accents). */
    public boolean isWith(String otherDepartment) {
        return TextNormaliser.fold(department).equals(TextNormaliser.fold(otherDepartment));
    }

    public CheckpointClock getClock() {
        return clock;
    }

    public int getPercentElapsed() {
        return percentElapsed;
    }

    public String getDepartment() {
        return department;
    }

    public Priority getPriority() {
        return priority;
    }

    public int getEscalationLevel() {
        return escalationLevel;
    }

    @Override
    public String toString() {
        return clock + " at " + percentElapsed + "% in " + department + " (" + priority + ", level "
                + escalationLevel + ")";
    }
}

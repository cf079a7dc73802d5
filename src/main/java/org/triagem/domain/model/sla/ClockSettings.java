package org.triagem.domain.model.sla;

import java.util.Objects;
import org.triagem.domain.model.department.BusinessCalendar;
import org.triagem.domain.model.department.TimeMeasure;
import org.triagem.domain.model.routing.CheckpointClock;

/**
 * What a case's clocks need besides their targets: the calendar of the department that holds the case
 * and the SLA policy (checkpoints, pausing). The application layer looks both up; the case only uses them.
 */
public record ClockSettings(BusinessCalendar calendar, SlaPolicy policy) {

    public ClockSettings {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(policy, "policy");
    }

    /** The default calendar and policy, for callers that do not know the department's. */
    public static ClockSettings standard() {
        return new ClockSettings(BusinessCalendar.standard(), SlaPolicy.DEFAULT);
    }

    /** Business clocks count on the calendar; the legal clock counts calendar time. */
    public TimeMeasure measureFor(CheckpointClock clock) {
        return clock == CheckpointClock.LEGAL ? TimeMeasure.CALENDAR : calendar;
    }

    /** The clock's target in counted minutes. */
    public static long targetMinutes(CheckpointClock clock, SlaTargets targets) {
        return switch (clock) {
            case FIRST_RESPONSE -> targets.firstResponseMinutes();
            case RESOLUTION -> targets.resolutionMinutes();
            case LEGAL -> targets.legalDays() * 24L * 60L;
        };
    }
}

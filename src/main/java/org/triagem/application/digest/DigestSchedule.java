package org.triagem.application.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * When digests are due, and which days each covers. Weekly on Monday at 08:00 (the default) means: at
 * Monday 08:00 in the zone, the seven days from the Monday before to Sunday are due. The schedule only
 * says which run is the latest at a given moment; a node that was down at 08:00 still finds that run
 * due when it comes back, and the digest runs table keeps it from being sent twice.
 */
public record DigestSchedule(Cadence cadence, DayOfWeek day, LocalTime time, ZoneId zone) {

    public DigestSchedule {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
    }

    /** A run of the schedule: when it falls and the days it covers. */
    public record Run(ZonedDateTime at, DigestPeriod period) {
    }

    /** The latest run at or before {@code now}. */
    public Run latestAt(Instant now) {
        ZonedDateTime here = now.atZone(zone);
        LocalDate candidate = switch (cadence) {
            case DAILY -> here.toLocalDate();
            case WEEKLY -> here.toLocalDate().with(TemporalAdjusters.previousOrSame(day));
            case MONTHLY -> here.toLocalDate().withDayOfMonth(1);
        };
        ZonedDateTime at = candidate.atTime(time).atZone(zone);
        if (at.isAfter(here)) {
            at = earlier(candidate).atTime(time).atZone(zone);
        }
        return new Run(at, covered(at.toLocalDate()));
    }

    private LocalDate earlier(LocalDate runDay) {
        return switch (cadence) {
            case DAILY -> runDay.minusDays(1);
            case WEEKLY -> runDay.minusWeeks(1);
            case MONTHLY -> runDay.minusMonths(1);
        };
    }

    /** The days since the run before, up to the day before this one. */
    private DigestPeriod covered(LocalDate runDay) {
        return new DigestPeriod(earlier(runDay), runDay.minusDays(1));
    }
}

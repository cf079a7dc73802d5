package org.triagem.application.digest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days a digest covers, both inclusive, in the desk's time zone (the days of the KPI rows), and the
 * period of the same length just before, which the trends compare against.
 */
public record DigestPeriod(LocalDate from, LocalDate to) {

    /** The longest period a digest covers: a quarter and a bit. */
    public static final int MOST_DAYS = 93;

    public DigestPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to is before from");
        }
        if (days(from, to) > MOST_DAYS) {
            throw new IllegalArgumentException("a digest covers at most " + MOST_DAYS + " days");
        }
    }

    public long days() {
        return days(from, to);
    }

    /** The equally long period that ends the day before this one starts. */
    public DigestPeriod previous() {
        return new DigestPeriod(from.minusDays(days()), from.minusDays(1));
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}

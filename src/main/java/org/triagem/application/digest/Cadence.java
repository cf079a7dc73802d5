package org.triagem.application.digest;

import java.util.Locale;

/** How often a department gets its digest; each covers the days since the one before. */
public enum Cadence {
    /** Every day at the configured time, about the day before. */
    DAILY,
    /** Every week on the configured day and time, about the seven days before. */
    WEEKLY,
    /** On the first day of every month at the configured time, about the month before. */
    MONTHLY;

    /** {@code daily}, {@code weekly} or {@code monthly}, in any case. */
    public static Cadence parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("triagem.digest.cadence must be daily, weekly or monthly, not " + value, e);
        }
    }
}

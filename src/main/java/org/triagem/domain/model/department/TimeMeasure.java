package org.triagem.domain.model.department;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * How an SLA clock counts time: business minutes on a department's calendar, or plain calendar time
 * for the legal deadline. Both directions agree: {@code minutesBetween(t, plus(t, m)) == m}.
 */
public interface TimeMeasure {

    /** Calendar time: every minute counts (the SAC decree's deadline is in calendar days). */
    TimeMeasure CALENDAR = new TimeMeasure() {
        @Override
        public OffsetDateTime plus(OffsetDateTime from, long minutes) {
            return from.plusMinutes(minutes);
        }

        @Override
        public long minutesBetween(OffsetDateTime from, OffsetDateTime to) {
            return Duration.between(from, to).toMinutes();
        }
    };

    /** The instant when {@code minutes} counted minutes have passed after {@code from}. */
    OffsetDateTime plus(OffsetDateTime from, long minutes);

    /** Counted minutes from {@code from} to {@code to}, whole minutes; negative when {@code to} is earlier. */
    long minutesBetween(OffsetDateTime from, OffsetDateTime to);
}

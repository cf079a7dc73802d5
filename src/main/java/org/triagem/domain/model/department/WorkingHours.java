package org.triagem.domain.model.department;

import java.time.LocalTime;
import java.util.Objects;

/** The hours a department works on one weekday: from {@code start} (inclusive) to {@code end} (exclusive). */
public record WorkingHours(LocalTime start, LocalTime end) {

    public WorkingHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("working hours must end after they start: " + start + "-" + end);
        }
    }

    /** Parses {@code 08:00-18:00}. */
    public static WorkingHours parse(String text) {
        String[] parts = text.strip().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("working hours look like 08:00-18:00, not " + text);
        }
        return new WorkingHours(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
    }

    /** Minutes of work in the day. */
    public long minutes() {
        return java.time.Duration.between(start, end).toMinutes();
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}

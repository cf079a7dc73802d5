package org.triagem.application.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** How days are grouped into report periods; weeks start on Monday (ISO), as Brazilian desks count them. */
public enum Grouping {
    DAY,
    WEEK,
    MONTH;

    public LocalDate periodOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(DayOfWeek.MONDAY);
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    public static Optional<Grouping> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(DAY);
        }
        for (Grouping g : values()) {
            if (g.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}

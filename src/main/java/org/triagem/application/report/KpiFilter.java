package org.triagem.application.report;

import java.time.LocalDate;
import java.util.Set;

/**
 * The days (inclusive, in the desk's time zone) and dimensions a report covers. An empty set means
 * "any"; {@code departments} is already narrowed to what the caller may see (null = all departments).
 */
public record KpiFilter(LocalDate from, LocalDate to, Set<String> departments, Set<String> channels,
        Set<String> categories, Set<String> priorities) {

    public KpiFilter {
        departments = departments == null ? null : Set.copyOf(departments);
        channels = Set.copyOf(channels);
        categories = Set.copyOf(categories);
        priorities = Set.copyOf(priorities);
    }

    /** The same filter over the days just before, as many as this one covers (for trends). */
    public KpiFilter previous() {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        return new KpiFilter(from.minusDays(days), from.minusDays(1), departments, channels, categories, priorities);
    }
}

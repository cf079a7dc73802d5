package org.triagem.application.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * The days (inclusive, in the desk's time zone) and dimensions a report covers. An empty set means
 * "any"; {@code departments} is already narrowed to what the caller may see (null = all departments),
 * {@code agents} to the caller's own name for an agent.
 */
public record KpiFilter(LocalDate from, LocalDate to, Set<String> departments, Set<String> channels,
        Set<String> categories, Set<String> priorities, Set<String> agents) {

    public KpiFilter {
        departments = departments == null ? null : Set.copyOf(departments);
        channels = Set.copyOf(channels);
        categories = Set.copyOf(categories);
        priorities = Set.copyOf(priorities);
        agents = Set.copyOf(agents);
    }

    /** Any agent. */
    public KpiFilter(LocalDate from, LocalDate to, Set<String> departments, Set<String> channels,
            Set<String> categories, Set<String> priorities) {
        this(from, to, departments, channels, categories, priorities, Set.of());
    }

    /** The same filter over the days just before, as many as this one covers (for trends). */
    public KpiFilter previous() {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new KpiFilter(from.minusDays(days), from.minusDays(1), departments, channels, categories, priorities,
                agents);
    }

    /** The previous period and this one together: read at once, then split by day. */
    public KpiFilter withPrevious() {
        return new KpiFilter(previous().from(), to, departments, channels, categories, priorities, agents);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}

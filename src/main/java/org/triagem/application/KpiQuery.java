package org.triagem.application;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a report asks for: days (inclusive, desk time zone) and dimension filters (empty = any).
 * {@code agents} are staff usernames: the assignee an event was counted for.
 */
public record KpiQuery(LocalDate from, LocalDate to, Set<String> departments, Set<String> channels,
        Set<String> categories, Set<String> priorities, Set<String> agents) {

    /** The longest range one report covers: a year and a bit, enough for year-over-year months. */
    public static final int MOST_DAYS = 400;

    public KpiQuery {
        if (from == null || to == null) {
            throw new IllegalArgumentException("from and to are required (yyyy-mm-dd)");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to is before from");
        }
        if (from.plusDays(MOST_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("a report covers at most " + MOST_DAYS + " days");
        }
        departments = Set.copyOf(departments);
        channels = Set.copyOf(channels);
        categories = Set.copyOf(categories);
        priorities = Set.copyOf(priorities);
        agents = Set.copyOf(agents);
    }

    /** Any agent. */
    public KpiQuery(LocalDate from, LocalDate to, Set<String> departments, Set<String> channels,
            Set<String> categories, Set<String> priorities) {
        this(from, to, departments, channels, categories, priorities, Set.of());
    }
}

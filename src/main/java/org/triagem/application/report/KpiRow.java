package org.triagem.application.report;

import java.time.LocalDate;
import java.util.Map;

/** Summed counters of one day, department and channel (the department prices the time in progress). */
public record KpiRow(LocalDate day, String department, String channel, Map<Counter, Long> counters) {

    /** A row whose department does not matter (no cost figures asked of it). */
    public KpiRow(LocalDate day, String channel, Map<Counter, Long> counters) {
        this(day, "", channel, counters);
    }

    public long get(Counter c) {
        return counters.getOrDefault(c, 0L);
    }
}

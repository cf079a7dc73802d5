package org.triagem.application.report;

import java.time.LocalDate;
import java.util.Map;

/** Summed counters of one day and channel. */
public record KpiRow(LocalDate day, String channel, Map<Counter, Long> counters) {

    public long get(Counter c) {
        return counters.getOrDefault(c, 0L);
    }
}

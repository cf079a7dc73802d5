package org.triagem.application.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One of the top reasons (a category or a root cause): its count in the period, in the period of
 * the same length just before, and the change in percent (null when the earlier count was zero).
 */
public record Ranked(String name, long count, long previous, Double changePercent) {

    /** How many reasons a top list shows. */
    public static final int TOP = 10;

    /** The largest counts first (ties by name), at most {@link #TOP}. */
    public static List<Ranked> top(Map<String, Long> now, Map<String, Long> before) {
        return now.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP)
                .map(e -> {
                    long earlier = before.getOrDefault(e.getKey(), 0L);
                    Double change = earlier == 0 ? null : Rates.percent(e.getValue() - earlier, earlier);
                    return new Ranked(e.getKey().isEmpty() ? "(none)" : e.getKey(), e.getValue(), earlier, change);
                })
                .toList();
    }
}

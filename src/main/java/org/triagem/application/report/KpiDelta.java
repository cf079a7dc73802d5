package org.triagem.application.report;

import java.util.EnumMap;
import java.util.Map;

/**
 * What one transaction adds to (or takes back from) one daily row: counter increments and time
 * bucket increments. Built by {@link KpiIncrements}, written by a {@link KpiLedger}.
 */
public final class KpiDelta {

    private final KpiKey key;
    private final EnumMap<Counter, Long> counters = new EnumMap<>(Counter.class);
    private final EnumMap<TimeSeries, long[]> buckets = new EnumMap<>(TimeSeries.class);
    private final Map<String, Long> rootCauses = new java.util.TreeMap<>();
    private final Map<String, Long> tags = new java.util.TreeMap<>();

    public KpiDelta(KpiKey key) {
        this.key = key;
    }

    public KpiKey key() {
        return key;
    }

    public KpiDelta add(Counter counter, long amount) {
        counters.merge(counter, amount, Long::sum);
        return this;
    }

    /** A time counted once (sign 1) or taken back (sign -1): its sum and its bucket. */
    public KpiDelta time(Counter sum, TimeSeries series, long minutes, int sign) {
        add(sum, sign * Math.max(0, minutes));
        buckets.computeIfAbsent(series, s -> new long[TimeBuckets.COUNT])[TimeBuckets.of(minutes)] += sign;
        return this;
    }

    /** A standing resolution with this root cause (1), or one taken back (-1). */
    public KpiDelta rootCause(String rootCause, long amount) {
        if (rootCause != null && !rootCause.isBlank()) {
            rootCauses.merge(fit(rootCause), amount, Long::sum);
        }
        return this;
    }

    /** A case opened with this tag (1); each tag of a case once. */
    public KpiDelta tag(String tag) {
        if (tag != null && !tag.isBlank()) {
            tags.merge(fit(tag.strip()), 1L, Long::sum);
        }
        return this;
    }

    public Map<String, Long> tags() {
        return tags;
    }

    private static String fit(String name) {
        return name.length() > 120 ? name.substring(0, 120) : name;
    }

    public Map<String, Long> rootCauses() {
        return rootCauses;
    }

    public Map<Counter, Long> counters() {
        return counters;
    }

    public Map<TimeSeries, long[]> buckets() {
        return buckets;
    }

    public boolean isEmpty() {
        return counters.values().stream().allMatch(v -> v == 0) && rootCauses.values().stream().allMatch(v -> v == 0)
                && tags.values().stream().allMatch(v -> v == 0)
                && buckets.values().stream().allMatch(b -> java.util.Arrays.stream(b).allMatch(v -> v == 0));
    }

    public long get(Counter counter) {
        return counters.getOrDefault(counter, 0L);
    }
}

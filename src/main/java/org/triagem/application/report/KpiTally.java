package org.triagem.application.report;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Sums rows and buckets of one period, then computes its figures. */
final class KpiTally {

    private final EnumMap<Counter, Long> sums = new EnumMap<>(Counter.class);
    private final EnumMap<TimeSeries, long[]> buckets = new EnumMap<>(TimeSeries.class);
    private final Map<String, Long> openedByChannel = new TreeMap<>();

    void add(KpiRow row) {
        row.counters().forEach((c, v) -> sums.merge(c, v, Long::sum));
        long opened = row.get(Counter.OPENED);
        if (opened != 0) {
            openedByChannel.merge(row.channel(), opened, Long::sum);
        }
    }

    void add(KpiBuckets b) {
        long[] into = buckets.computeIfAbsent(b.series(), s -> new long[TimeBuckets.COUNT]);
        for (int i = 0; i < into.length && i < b.counts().length; i++) {
            into[i] += b.counts()[i];
        }
    }

    private long get(Counter c) {
        return sums.getOrDefault(c, 0L);
    }

    private long[] buckets(TimeSeries s) {
        return buckets.getOrDefault(s, new long[TimeBuckets.COUNT]);
    }

    KpiFigures figures(String period) {
        long firstResolutions = get(Counter.FIRST_RESOLUTIONS);
        return new KpiFigures(period, get(Counter.OPENED), Map.copyOf(openedByChannel), get(Counter.RESOLVED),
                time(Counter.FIRST_RESPONSES, Counter.FIRST_RESPONSE_MINUTES, TimeSeries.FIRST_RESPONSE_MINUTES),
                time(Counter.FIRST_RESPONSES, Counter.FIRST_RESPONSE_BUSINESS_MINUTES,
                        TimeSeries.FIRST_RESPONSE_BUSINESS_MINUTES),
                time(Counter.RESOLVED, Counter.RESOLUTION_MINUTES, TimeSeries.RESOLUTION_MINUTES),
                time(Counter.RESOLVED, Counter.RESOLUTION_BUSINESS_MINUTES, TimeSeries.RESOLUTION_BUSINESS_MINUTES),
                Rates.mean(get(Counter.FIRST_RESOLUTION_MINUTES), firstResolutions),
                Rates.mean(get(Counter.FIRST_RESOLUTION_BUSINESS_MINUTES), firstResolutions),
                firstResolutions,
                Rates.percent(get(Counter.ONE_TOUCH), firstResolutions),
                Rates.percent(get(Counter.REOPENED), firstResolutions),
                get(Counter.ESCALATED), Rates.percent(get(Counter.ESCALATED), get(Counter.OPENED)),
                ClockFigures.of(get(Counter.FIRST_RESPONSE_MET), get(Counter.FIRST_RESPONSE_BREACHED)),
                ClockFigures.of(get(Counter.RESOLUTION_MET), get(Counter.RESOLUTION_BREACHED)),
                ClockFigures.of(get(Counter.LEGAL_MET), get(Counter.LEGAL_BREACHED)));
    }

    private TimeFigures time(Counter count, Counter sum, TimeSeries series) {
        return TimeFigures.of(get(count), get(sum), buckets(series));
    }
}

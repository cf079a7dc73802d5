package org.triagem.application.report;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Sums rows and buckets of one period, then computes its figures. */
final class KpiTally {

    /** By Counter's ordinal: a row adds 37 sums, and boxed map merges were a tenth of a report's CPU. */
    private final long[] sums = new long[Counter.values().length];
    private final EnumMap<TimeSeries, long[]> buckets = new EnumMap<>(TimeSeries.class);
    private final Map<String, Long> openedByChannel = new TreeMap<>();
    private final Map<String, Long> minutesInProgressByDepartment = new TreeMap<>();
    private final Map<String, Long> contactsByChannel = new TreeMap<>();

    void add(KpiRow row) {
        for (Map.Entry<Counter, Long> e : row.counters().entrySet()) {
            sums[e.getKey().ordinal()] += e.getValue();
        }
        long opened = row.get(Counter.OPENED);
        if (opened != 0) {
            openedByChannel.merge(row.channel(), opened, Long::sum);
        }
        minutesInProgressByDepartment.merge(row.department(), row.get(Counter.IN_PROGRESS_MINUTES), Long::sum);
        contactsByChannel.merge(row.channel(), row.get(Counter.CONTACTS), Long::sum);
    }

    void add(KpiBuckets b) {
        long[] into = buckets.computeIfAbsent(b.series(), s -> new long[TimeBuckets.COUNT]);
        for (int i = 0; i < into.length && i < b.counts().length; i++) {
            into[i] += b.counts()[i];
        }
    }

    private long get(Counter c) {
        return sums[c.ordinal()];
    }

    private long[] buckets(TimeSeries s) {
        return buckets.getOrDefault(s, new long[TimeBuckets.COUNT]);
    }

    KpiFigures figures(String period, CostRates costs) {
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
                ClockFigures.of(get(Counter.LEGAL_MET), get(Counter.LEGAL_BREACHED)),
                surveys(), get(Counter.REPEAT_CONTACTS), Rates.percent(get(Counter.REPEAT_CONTACTS), get(Counter.OPENED)),
                time(Counter.REQUESTER_WAITS, Counter.REQUESTER_WAIT_MINUTES, TimeSeries.REQUESTER_WAIT_MINUTES),
                cost(costs));
    }

    private SurveyFigures surveys() {
        long csat = get(Counter.CSAT_ANSWERS);
        long ces = get(Counter.CES_ANSWERS);
        return new SurveyFigures(get(Counter.SURVEYS_SENT), get(Counter.SURVEYS_ANSWERED),
                Rates.percent(get(Counter.SURVEYS_ANSWERED), get(Counter.SURVEYS_SENT)),
                new SurveyFigures.Csat(csat, Rates.mean2(get(Counter.CSAT_SCORE_SUM), csat),
                        Rates.percent(get(Counter.CSAT_SATISFIED), csat)),
                SurveyFigures.Nps.of(get(Counter.NPS_PROMOTERS), get(Counter.NPS_PASSIVES), get(Counter.NPS_DETRACTORS)),
                new SurveyFigures.Ces(ces, Rates.mean2(get(Counter.CES_SCORE_SUM), ces),
                        Rates.percent(get(Counter.CES_EASY), ces)));
    }

    /** Priced at the current figures, so a corrected rate reprices the past too (docs/kpis.md). */
    private CostFigures cost(CostRates costs) {
        if (costs.isEmpty()) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, Long> e : minutesInProgressByDepartment.entrySet()) {
            total = total.add(costs.ofMinutes(e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, Long> e : contactsByChannel.entrySet()) {
            total = total.add(costs.ofContacts(e.getKey(), e.getValue()));
        }
        return CostFigures.of(total, get(Counter.RESOLVED));
    }

    private TimeFigures time(Counter count, Counter sum, TimeSeries series) {
        return TimeFigures.of(get(count), get(sum), buckets(series));
    }
}

package org.triagem.application.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report: the figures per period, and for the whole range. The survey KPIs (CSAT, NPS, CES,
 * response rate) are marked as awaiting the surveys, which are built separately.
 */
public record KpiReport(LocalDate from, LocalDate to, String groupBy, String timeZone, List<KpiFigures> periods,
        KpiFigures total, List<Ranked> topCategories, List<Ranked> topRootCauses, String surveys) {

    public static final String SURVEYS_AWAITED = "awaiting surveys";

    /** Groups the summed rows and buckets by period and computes each period's figures. */
    public static KpiReport of(KpiFilter filter, Grouping grouping, String timeZone, List<KpiRow> rows,
            List<KpiBuckets> buckets) {
        Map<LocalDate, KpiTally> byPeriod = new TreeMap<>();
        KpiTally total = new KpiTally();
        for (KpiRow r : rows) {
            byPeriod.computeIfAbsent(grouping.periodOf(r.day()), d -> new KpiTally()).add(r);
            total.add(r);
        }
        for (KpiBuckets b : buckets) {
            byPeriod.computeIfAbsent(grouping.periodOf(b.day()), d -> new KpiTally()).add(b);
            total.add(b);
        }
        List<KpiFigures> periods = byPeriod.entrySet().stream()
                .map(e -> e.getValue().figures(e.getKey().toString())).toList();
        return new KpiReport(filter.from(), filter.to(), grouping.name().toLowerCase(java.util.Locale.ROOT),
                timeZone, periods, total.figures("total"), List.of(), List.of(), SURVEYS_AWAITED);
    }

    /** The same report with its top categories and root causes, each against the previous period. */
    public KpiReport withTops(List<Ranked> categories, List<Ranked> rootCauses) {
        return new KpiReport(from, to, groupBy, timeZone, periods, total, List.copyOf(categories),
                List.copyOf(rootCauses), surveys);
    }
}

package org.triagem.application.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report: the figures per period and for the whole range, the same figures for the equally long
 * period just before {@code from} (so a tile can show a trend), and the top categories, root causes and
 * tags, each against that previous period.
 */
public record KpiReport(LocalDate from, LocalDate to, String groupBy, String timeZone, List<KpiFigures> periods,
        KpiFigures total, KpiFigures previous, List<Ranked> topCategories, List<Ranked> topRootCauses,
        List<Ranked> topTags) {

    /** Without costs configured. */
    public static KpiReport of(KpiFilter filter, Grouping grouping, String timeZone, List<KpiRow> rows,
            List<KpiBuckets> buckets) {
        return of(filter, grouping, timeZone, rows, buckets, CostRates.NONE);
    }

    /**
     * Groups the summed rows and buckets by period and computes each period's figures. Rows and buckets
     * may span {@link KpiFilter#withPrevious()}: days before {@code from} make the previous figures.
     */
    public static KpiReport of(KpiFilter filter, Grouping grouping, String timeZone, List<KpiRow> rows,
            List<KpiBuckets> buckets, CostRates costs) {
        Map<LocalDate, KpiTally> byPeriod = new TreeMap<>();
        KpiTally total = new KpiTally();
        KpiTally previous = new KpiTally();
        KpiFilter before = filter.previous();
        for (KpiRow r : rows) {
            if (filter.covers(r.day())) {
                byPeriod.computeIfAbsent(grouping.periodOf(r.day()), d -> new KpiTally()).add(r);
                total.add(r);
            } else if (before.covers(r.day())) {
                previous.add(r);
            }
        }
        for (KpiBuckets b : buckets) {
            if (filter.covers(b.day())) {
                byPeriod.computeIfAbsent(grouping.periodOf(b.day()), d -> new KpiTally()).add(b);
                total.add(b);
            } else if (before.covers(b.day())) {
                previous.add(b);
            }
        }
        List<KpiFigures> periods = byPeriod.entrySet().stream()
                .map(e -> e.getValue().figures(e.getKey().toString(), costs)).toList();
        return new KpiReport(filter.from(), filter.to(), grouping.name().toLowerCase(Locale.ROOT), timeZone, periods,
                total.figures("total", costs), previous.figures("previous", costs), List.of(), List.of(), List.of());
    }

    /** The same report with its top categories, root causes and tags, each against the previous period. */
    public KpiReport withTops(List<Ranked> categories, List<Ranked> rootCauses, List<Ranked> tags) {
        return new KpiReport(from, to, groupBy, timeZone, periods, total, previous, List.copyOf(categories),
                List.copyOf(rootCauses), List.copyOf(tags));
    }
}

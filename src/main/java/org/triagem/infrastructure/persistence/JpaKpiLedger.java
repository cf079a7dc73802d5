package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.triagem.application.report.Counter;
import org.triagem.application.report.KpiBuckets;
import org.triagem.application.report.KpiDelta;
import org.triagem.application.report.KpiFilter;
import org.triagem.application.report.KpiKey;
import org.triagem.application.report.KpiLedger;
import org.triagem.application.report.KpiRow;
import org.triagem.application.report.RankedCounts;
import org.triagem.application.report.TimeBuckets;
import org.triagem.application.report.TimeSeries;

/**
 * The daily KPI rows as plain SQL, at two grains ({@link KpiGrain}): every delta is added to its
 * detailed row and to its department-and-channel roll-up, in the event's transaction; a report reads
 * the roll-up unless its filter names a category, priority or agent.
 *
 * <p>An increment is an UPDATE of the row; when no row exists yet, an INSERT ... ON CONFLICT DO NOTHING
 * creates it (the same on PostgreSQL and H2 in PostgreSQL mode) and the UPDATE runs again. Two nodes
 * creating the same row at once: PostgreSQL makes the second insert wait for the first transaction,
 * then do nothing, and its second UPDATE adds to the committed row; no increment is lost and nobody
 * fails. The detailed rows are written before the roll-ups, each in key order, so two transactions
 * adding to the same rows lock them in the same order. Statements keep the persistence context's
 * pending writes (FlushModeType.COMMIT): an intake batch holds its case inserts until it ends, and the
 * rows here do not refer to them. Named counts (root causes, tags, and the roll-up's categories) live
 * in their own tables with the grain's key plus the name; a case's tags add one to each tag's row.
 */
@ApplicationScoped
public class JpaKpiLedger implements KpiLedger {

    /** Detailed rows in key order: the order in which concurrent transactions lock them. */
    private static final Comparator<KpiDelta> KEY_ORDER = Comparator.comparing((KpiDelta d) -> d.key().day())
            .thenComparing(d -> d.key().department()).thenComparing(d -> d.key().channel())
            .thenComparing(d -> d.key().category()).thenComparing(d -> d.key().priority())
            .thenComparing(d -> d.key().agent());

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    public void add(Collection<KpiDelta> deltas) {
        List<KpiDelta> ordered = deltas.stream().sorted(KEY_ORDER).toList();
        for (KpiGrain grain : KpiGrain.values()) {
            for (KpiDelta d : ordered) {
                add(grain, d);
            }
        }
    }

    private void add(KpiGrain grain, KpiDelta d) {
        if (!d.counters().isEmpty()) {
            addCounters(grain, d);
        }
        d.buckets().forEach((series, counts) -> addBuckets(grain, d.key(), series, counts));
        d.rootCauses().forEach((cause, n) -> addNamed(grain, grain.rootCauses, "root_cause", "resolved", d.key(),
                cause, n));
        d.tags().forEach((tag, n) -> addNamed(grain, grain.tags, "tag", "opened", d.key(), tag, n));
        if (grain.keepsCategoriesApart()) {
            addNamed(grain, grain.categories, "category", "opened", d.key(), d.key().category(),
                    d.get(Counter.OPENED));
        }
    }

    private void addCounters(KpiGrain grain, KpiDelta d) {
        List<Counter> changed = new ArrayList<>(d.counters().keySet());
        int next = grain.keySize() + 1;
        String set = changed.stream().map(c -> c.column() + " = " + c.column() + " + ?" + (next + changed.indexOf(c)))
                .collect(Collectors.joining(", "));
        Query update = keyed(em.createNativeQuery("UPDATE " + grain.counters + " SET " + set + grain.keyWhere()),
                grain, d.key());
        for (int i = 0; i < changed.size(); i++) {
            update.setParameter(next + i, d.get(changed.get(i)));
        }
        if (update.executeUpdate() == 0) {
            keyed(em.createNativeQuery("INSERT INTO " + grain.counters + " (" + grain.keyColumns() + ") VALUES ("
                    + grain.keyMarks() + ") ON CONFLICT DO NOTHING"), grain, d.key()).executeUpdate();
            update.executeUpdate();
        }
    }

    private void addBuckets(KpiGrain grain, KpiKey key, TimeSeries series, long[] counts) {
        int next = grain.keySize() + 1;
        for (int b = 0; b < counts.length; b++) {
            if (counts[b] == 0) {
                continue;
            }
            Query update = keyed(em.createNativeQuery("UPDATE " + grain.times + " SET cases = cases + ?" + next
                    + grain.keyWhere() + " AND series = ?" + (next + 1) + " AND bucket = ?" + (next + 2)), grain, key)
                    .setParameter(next, counts[b]).setParameter(next + 1, series.name()).setParameter(next + 2, b);
            if (update.executeUpdate() == 0) {
                keyed(em.createNativeQuery("INSERT INTO " + grain.times + " (" + grain.keyColumns()
                        + ", series, bucket) VALUES (" + grain.keyMarks() + ", ?" + next + ", ?" + (next + 1)
                        + ") ON CONFLICT DO NOTHING"), grain, key)
                        .setParameter(next, series.name()).setParameter(next + 1, b).executeUpdate();
                update.executeUpdate();
            }
        }
    }

    /** Adds n to the named row of a per-name table (root causes, tags, categories). */
    private void addNamed(KpiGrain grain, String table, String nameColumn, String countColumn, KpiKey key,
            String name, long n) {
        if (n == 0) {
            return;
        }
        int next = grain.keySize() + 1;
        Query update = keyed(em.createNativeQuery("UPDATE " + table + " SET " + countColumn + " = " + countColumn
                + " + ?" + next + grain.keyWhere() + " AND " + nameColumn + " = ?" + (next + 1)), grain, key)
                .setParameter(next, n).setParameter(next + 1, name);
        if (update.executeUpdate() == 0) {
            keyed(em.createNativeQuery("INSERT INTO " + table + " (" + grain.keyColumns() + ", " + nameColumn
                    + ") VALUES (" + grain.keyMarks() + ", ?" + next + ") ON CONFLICT DO NOTHING"), grain, key)
                    .setParameter(next, name).executeUpdate();
            update.executeUpdate();
        }
    }

    @Override
    public RankedCounts openedByCategory(KpiFilter filter, LocalDate splitAt) {
        return split(KpiGrain.toRead(filter).categories, "category", "opened", filter, splitAt);
    }

    @Override
    public RankedCounts resolvedByRootCause(KpiFilter filter, LocalDate splitAt) {
        return split(KpiGrain.toRead(filter).rootCauses, "root_cause", "resolved", filter, splitAt);
    }

    @Override
    public RankedCounts openedByTag(KpiFilter filter, LocalDate splitAt) {
        return split(KpiGrain.toRead(filter).tags, "tag", "opened", filter, splitAt);
    }

    /** One pass over both periods: the count from splitAt on, and the count before it, per name. */
    @SuppressWarnings("unchecked")
    private RankedCounts split(String table, String nameColumn, String countColumn, KpiFilter filter,
            LocalDate splitAt) {
        KpiWhere where = KpiWhere.of(filter);
        int at = where.parameters() + 1;
        String sql = "SELECT " + nameColumn + ", SUM(CASE WHEN report_day >= ?" + at + " THEN " + countColumn
                + " ELSE 0 END), SUM(CASE WHEN report_day < ?" + at + " THEN " + countColumn + " ELSE 0 END) FROM "
                + table + where.sql() + " GROUP BY " + nameColumn;
        Query q = where.bind(em.createNativeQuery(sql)).setParameter(at, Date.valueOf(splitAt));
        Map<String, Long> current = new java.util.TreeMap<>();
        Map<String, Long> previous = new java.util.TreeMap<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            putIfNonZero(current, (String) r[0], r[1]);
            putIfNonZero(previous, (String) r[0], r[2]);
        }
        return new RankedCounts(current, previous);
    }

    private static void putIfNonZero(Map<String, Long> into, String name, Object sum) {
        long n = sum == null ? 0 : ((Number) sum).longValue();
        if (n != 0) {
            into.put(name, n);
        }
    }

    private static Query keyed(Query q, KpiGrain grain, KpiKey key) {
        q.setFlushMode(FlushModeType.COMMIT);
        List<Object> values = grain.keyValues(key);
        for (int i = 0; i < values.size(); i++) {
            q.setParameter(i + 1, values.get(i));
        }
        return q;
    }

    /**
     * The summed rows, one per day, department and channel. The roll-up is keyed by exactly that, so its
     * rows are read as they are: a GROUP BY over them would build 37 sums per row for nothing (at 1 M
     * cases, 3,780 rows made PostgreSQL spill the hash aggregate to disk: 60 of the 158 ms the report's
     * statements took, docs/benchmarks.md section 8).
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<KpiRow> read(KpiFilter filter) {
        KpiGrain grain = KpiGrain.toRead(filter);
        KpiWhere where = KpiWhere.of(filter);
        Query q = where.bind(em.createNativeQuery(grain.isKeyedAsTheReport()
                ? "SELECT report_day, department, channel, " + columns(c -> c) + " FROM " + grain.counters + where.sql()
                : "SELECT report_day, department, channel, " + columns(c -> "SUM(" + c + ")") + " FROM "
                        + grain.counters + where.sql() + " GROUP BY report_day, department, channel"));
        List<KpiRow> rows = new ArrayList<>();
        Days days = new Days();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            Map<Counter, Long> counters = new EnumMap<>(Counter.class);
            for (Counter c : Counter.values()) {
                Object v = r[3 + c.ordinal()];
                counters.put(c, v == null ? 0 : ((Number) v).longValue());
            }
            rows.add(new KpiRow(days.of(r[0]), (String) r[1], (String) r[2], counters));
        }
        return rows;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<KpiBuckets> readBuckets(KpiFilter filter) {
        KpiWhere where = KpiWhere.of(filter);
        Query q = where.bind(em.createNativeQuery("SELECT report_day, series, bucket, SUM(cases) FROM "
                + KpiGrain.toRead(filter).times + where.sql() + " GROUP BY report_day, series, bucket"));
        // Some 12,000 result rows for 90 days and the 90 before (day x series x bucket): keyed by day, then
        // series, and each JDBC date converted once per day, not per row (the profile's hot spot: a string
        // key and a date conversion per row took half of the server's CPU per report).
        Map<LocalDate, EnumMap<TimeSeries, KpiBuckets>> byDay = new java.util.LinkedHashMap<>();
        Map<String, TimeSeries> seriesNamed = new java.util.HashMap<>();
        Days days = new Days();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            LocalDate day = days.of(r[0]);
            TimeSeries series = seriesNamed.computeIfAbsent((String) r[1], TimeSeries::valueOf);
            int bucket = ((Number) r[2]).intValue();
            KpiBuckets b = byDay.computeIfAbsent(day, d -> new EnumMap<>(TimeSeries.class))
                    .computeIfAbsent(series, s -> new KpiBuckets(day, s, new long[TimeBuckets.COUNT]));
            if (bucket >= 0 && bucket < TimeBuckets.COUNT) {
                b.counts()[bucket] += ((Number) r[3]).longValue();
            }
        }
        List<KpiBuckets> buckets = new ArrayList<>();
        byDay.values().forEach(perSeries -> buckets.addAll(perSeries.values()));
        return buckets;
    }

    private static String columns(java.util.function.UnaryOperator<String> each) {
        return Arrays.stream(Counter.values()).map(c -> each.apply(c.column())).collect(Collectors.joining(", "));
    }

    /** JDBC dates as days, each converted once per query (java.sql.Date.toLocalDate is not cheap per row). */
    private static final class Days {
        private final Map<Object, LocalDate> seen = new java.util.HashMap<>();

        LocalDate of(Object value) {
            return value instanceof LocalDate d ? d : seen.computeIfAbsent(value, v -> ((java.sql.Date) v).toLocalDate());
        }
    }
}

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
 * The daily KPI rows as plain SQL. An increment is an UPDATE of the row; when no row exists yet, an
 * INSERT ... ON CONFLICT DO NOTHING creates it (the same on PostgreSQL and H2 in PostgreSQL mode) and
 * the UPDATE runs again. Two nodes creating the same row at once: PostgreSQL makes the second insert
 * wait for the first transaction, then do nothing, and its second UPDATE adds to the committed row;
 * no increment is lost and nobody fails. Statements keep the persistence context's pending writes
 * (FlushModeType.COMMIT): an intake batch holds its case inserts until it ends, and the rows here do
 * not refer to them. Named counts (root causes, tags) live in their own tables with the same key plus
 * the name; a case's tags add one to each tag's row.
 */
@ApplicationScoped
public class JpaKpiLedger implements KpiLedger {

    private static final String KEY_COLUMNS = "report_day, department, channel, category, priority, agent";
    private static final String KEY_WHERE = " WHERE report_day = ?1 AND department = ?2 AND channel = ?3 AND category = ?4"
            + " AND priority = ?5 AND agent = ?6";
    /** The first parameter after the key's six. */
    private static final int NEXT = 7;

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    public void add(Collection<KpiDelta> deltas) {
        for (KpiDelta d : deltas) {
            if (!d.counters().isEmpty()) {
                addCounters(d);
            }
            d.buckets().forEach((series, counts) -> addBuckets(d.key(), series, counts));
            d.rootCauses().forEach((cause, n) -> addNamed("kpi_daily_root_cause", "root_cause", "resolved", d.key(),
                    cause, n));
            d.tags().forEach((tag, n) -> addNamed("kpi_daily_tag", "tag", "opened", d.key(), tag, n));
        }
    }

    private void addCounters(KpiDelta d) {
        List<Counter> changed = new ArrayList<>(d.counters().keySet());
        String set = changed.stream().map(c -> c.column() + " = " + c.column() + " + ?" + (NEXT + changed.indexOf(c)))
                .collect(Collectors.joining(", "));
        Query update = keyed(em.createNativeQuery("UPDATE kpi_daily SET " + set + KEY_WHERE), d.key());
        for (int i = 0; i < changed.size(); i++) {
            update.setParameter(NEXT + i, d.get(changed.get(i)));
        }
        if (update.executeUpdate() == 0) {
            keyed(em.createNativeQuery("INSERT INTO kpi_daily (" + KEY_COLUMNS + ")"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING"), d.key()).executeUpdate();
            update.executeUpdate();
        }
    }

    private void addBuckets(KpiKey key, TimeSeries series, long[] counts) {
        for (int b = 0; b < counts.length; b++) {
            if (counts[b] == 0) {
                continue;
            }
            Query update = keyed(em.createNativeQuery("UPDATE kpi_daily_time SET cases = cases + ?7" + KEY_WHERE
                    + " AND series = ?8 AND bucket = ?9"), key)
                    .setParameter(7, counts[b]).setParameter(8, series.name()).setParameter(9, b);
            if (update.executeUpdate() == 0) {
                keyed(em.createNativeQuery("INSERT INTO kpi_daily_time (" + KEY_COLUMNS + ", series, bucket)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO NOTHING"), key)
                        .setParameter(7, series.name()).setParameter(8, b).executeUpdate();
                update.executeUpdate();
            }
        }
    }

    /** Adds n to the named row of a per-name table (root causes, tags); the names are ours, never the caller's SQL. */
    private void addNamed(String table, String nameColumn, String countColumn, KpiKey key, String name, long n) {
        if (n == 0) {
            return;
        }
        Query update = keyed(em.createNativeQuery("UPDATE " + table + " SET " + countColumn + " = " + countColumn
                + " + ?7" + KEY_WHERE + " AND " + nameColumn + " = ?8"), key).setParameter(7, n).setParameter(8, name);
        if (update.executeUpdate() == 0) {
            keyed(em.createNativeQuery("INSERT INTO " + table + " (" + KEY_COLUMNS + ", " + nameColumn + ")"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING"), key)
                    .setParameter(7, name).executeUpdate();
            update.executeUpdate();
        }
    }

    @Override
    public RankedCounts openedByCategory(KpiFilter filter, LocalDate splitAt) {
        return split("kpi_daily", "category", "opened", filter, splitAt);
    }

    @Override
    public RankedCounts resolvedByRootCause(KpiFilter filter, LocalDate splitAt) {
        return split("kpi_daily_root_cause", "root_cause", "resolved", filter, splitAt);
    }

    @Override
    public RankedCounts openedByTag(KpiFilter filter, LocalDate splitAt) {
        return split("kpi_daily_tag", "tag", "opened", filter, splitAt);
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

    private static Query keyed(Query q, KpiKey key) {
        return q.setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, Date.valueOf(key.day()))
                .setParameter(2, key.department())
                .setParameter(3, key.channel())
                .setParameter(4, key.category())
                .setParameter(5, key.priority())
                .setParameter(6, key.agent());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<KpiRow> read(KpiFilter filter) {
        String sums = Arrays.stream(Counter.values()).map(c -> "SUM(" + c.column() + ")")
                .collect(Collectors.joining(", "));
        KpiWhere where = KpiWhere.of(filter);
        Query q = where.bind(em.createNativeQuery("SELECT report_day, department, channel, " + sums + " FROM kpi_daily"
                + where.sql() + " GROUP BY report_day, department, channel"));
        List<KpiRow> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            Map<Counter, Long> counters = new EnumMap<>(Counter.class);
            for (Counter c : Counter.values()) {
                Object v = r[3 + c.ordinal()];
                counters.put(c, v == null ? 0 : ((Number) v).longValue());
            }
            rows.add(new KpiRow(day(r[0]), (String) r[1], (String) r[2], counters));
        }
        return rows;
    }
    @Override
    @SuppressWarnings("unchecked")
    public List<KpiBuckets> readBuckets(KpiFilter filter) {
        KpiWhere where = KpiWhere.of(filter);
        Query q = where.bind(em.createNativeQuery("SELECT report_day, series, bucket, SUM(cases) FROM kpi_daily_time"
                + where.sql() + " GROUP BY report_day, series, bucket"));
        Map<String, KpiBuckets> byDaySeries = new java.util.LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            LocalDate day = day(r[0]);
            TimeSeries series = TimeSeries.valueOf((String) r[1]);
            int bucket = ((Number) r[2]).intValue();
            KpiBuckets b = byDaySeries.computeIfAbsent(day + series.name(),
                    k -> new KpiBuckets(day, series, new long[TimeBuckets.COUNT]));
            if (bucket >= 0 && bucket < TimeBuckets.COUNT) {
                b.counts()[bucket] += ((Number) r[3]).longValue();
            }
        }
        return new ArrayList<>(byDaySeries.values());
    }

    private static LocalDate day(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}

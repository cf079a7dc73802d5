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
import org.triagem.application.report.TimeBuckets;
import org.triagem.application.report.TimeSeries;

/**
 * The daily KPI rows as plain SQL. An increment is an UPDATE of the row; when no row exists yet, an
 * INSERT ... ON CONFLICT DO NOTHING creates it (the same on PostgreSQL and H2 in PostgreSQL mode) and
 * the UPDATE runs again. Two nodes creating the same row at once: PostgreSQL makes the second insert
 * wait for the first transaction, then do nothing, and its second UPDATE adds to the committed row;
 * no increment is lost and nobody fails. Statements keep the persistence context's pending writes
 * (FlushModeType.COMMIT): an intake batch holds its case inserts until it ends, and the rows here do
 * not refer to them.
 */
@ApplicationScoped
public class JpaKpiLedger implements KpiLedger {

    private static final String KEY_WHERE = " WHERE report_day = ?1 AND department = ?2 AND channel = ?3 AND category = ?4"
            + " AND priority = ?5";

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    public void add(Collection<KpiDelta> deltas) {
        for (KpiDelta d : deltas) {
            if (!d.counters().isEmpty()) {
                addCounters(d);
            }
            d.buckets().forEach((series, counts) -> addBuckets(d.key(), series, counts));
            d.rootCauses().forEach((cause, n) -> addRootCause(d.key(), cause, n));
        }
    }

    private void addCounters(KpiDelta d) {
        List<Counter> changed = new ArrayList<>(d.counters().keySet());
        String set = changed.stream().map(c -> c.column() + " = " + c.column() + " + ?" + (6 + changed.indexOf(c)))
                .collect(Collectors.joining(", "));
        Query update = keyed(em.createNativeQuery("UPDATE kpi_daily SET " + set + KEY_WHERE), d.key());
        for (int i = 0; i < changed.size(); i++) {
            update.setParameter(6 + i, d.get(changed.get(i)));
        }
        if (update.executeUpdate() == 0) {
            keyed(em.createNativeQuery("INSERT INTO kpi_daily (report_day, department, channel, category, priority)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING"), d.key()).executeUpdate();
            update.executeUpdate();
        }
    }

    private void addBuckets(KpiKey key, TimeSeries series, long[] counts) {
        for (int b = 0; b < counts.length; b++) {
            if (counts[b] == 0) {
                continue;
            }
            Query update = keyed(em.createNativeQuery("UPDATE kpi_daily_time SET cases = cases + ?6" + KEY_WHERE
                    + " AND series = ?7 AND bucket = ?8"), key)
                    .setParameter(6, counts[b]).setParameter(7, series.name()).setParameter(8, b);
            if (update.executeUpdate() == 0) {
                keyed(em.createNativeQuery("INSERT INTO kpi_daily_time (report_day, department, channel, category, priority,"
                        + " series, bucket) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING"), key)
                        .setParameter(6, series.name()).setParameter(7, b).executeUpdate();
                update.executeUpdate();
            }
        }
    }

    private void addRootCause(KpiKey key, String cause, long n) {
        if (n == 0) {
            return;
        }
        Query update = keyed(em.createNativeQuery("UPDATE kpi_daily_root_cause SET resolved = resolved + ?6" + KEY_WHERE
                + " AND root_cause = ?7"), key).setParameter(6, n).setParameter(7, cause);
        if (update.executeUpdate() == 0) {
            keyed(em.createNativeQuery("INSERT INTO kpi_daily_root_cause (report_day, department, channel, category,"
                    + " priority, root_cause) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING"), key)
                    .setParameter(6, cause).executeUpdate();
            update.executeUpdate();
        }
    }

    @Override
    public Map<String, Long> openedByCategory(KpiFilter filter) {
        return totals("SELECT category, SUM(opened) FROM kpi_daily", "category", filter);
    }

    @Override
    public Map<String, Long> resolvedByRootCause(KpiFilter filter) {
        return totals("SELECT root_cause, SUM(resolved) FROM kpi_daily_root_cause", "root_cause", filter);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> totals(String select, String column, KpiFilter filter) {
        KpiWhere where = KpiWhere.of(filter);
        Map<String, Long> totals = new java.util.TreeMap<>();
        for (Object[] r : (List<Object[]>) where.bind(em.createNativeQuery(select + where.sql() + " GROUP BY " + column))
                .getResultList()) {
            long n = r[1] == null ? 0 : ((Number) r[1]).longValue();
            if (n != 0) {
                totals.put((String) r[0], n);
            }
        }
        return totals;
    }

    private static Query keyed(Query q, KpiKey key) {
        return q.setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, Date.valueOf(key.day()))
                .setParameter(2, key.department())
                .setParameter(3, key.channel())
                .setParameter(4, key.category())
                .setParameter(5, key.priority());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<KpiRow> read(KpiFilter filter) {
        String sums = Arrays.stream(Counter.values()).map(c -> "SUM(" + c.column() + ")")
                .collect(Collectors.joining(", "));
        KpiWhere where = KpiWhere.of(filter);
        Query q = where.bind(em.createNativeQuery("SELECT report_day, channel, " + sums + " FROM kpi_daily" + where.sql()
                + " GROUP BY report_day, channel ORDER BY report_day, channel"));
        List<KpiRow> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            Map<Counter, Long> counters = new EnumMap<>(Counter.class);
            for (Counter c : Counter.values()) {
                counters.put(c, r[2 + c.ordinal()] == null ? 0 : ((Number) r[2 + c.ordinal()]).longValue());
            }
            rows.add(new KpiRow(day(r[0]), (String) r[1], counters));
        }
        return rows;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<KpiBuckets> readBuckets(KpiFilter filter) {
        KpiWhere where = KpiWhere.of(filter);
        Query q = where.bind(em.createNativeQuery("SELECT report_day, series, bucket, SUM(cases) FROM kpi_daily_time"
                + where.sql() + " GROUP BY report_day, series, bucket ORDER BY report_day, series, bucket"));
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

package org.triagem.infrastructure.persistence;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.triagem.application.report.KpiFilter;
import org.triagem.application.report.KpiKey;

/**
 * The two grains the daily KPI rows are kept at, and which one a report reads. {@link #DETAILED} is
 * keyed by every dimension a filter may name (V31, V32); {@link #DEPARTMENT_AND_CHANNEL} sums category,
 * priority and agent away (V35). Every event adds to both, in its transaction; a report reads the
 * roll-up whenever its filter names no category, priority or agent (the dashboard's default, a
 * supervisor's first view), and the detailed rows otherwise: at 1 M cases the roll-up holds 1/180 of
 * the counter rows and 1/24 of the histogram rows, and a 90-day report costs PostgreSQL about 110 ms of
 * CPU instead of 3 s (docs/benchmarks.md section 8.1). The table and column names are ours, never the caller's.
 */
enum KpiGrain {

    DETAILED("kpi_daily", "kpi_daily_time", "kpi_daily", "kpi_daily_root_cause", "kpi_daily_tag",
            List.of("department", "channel", "category", "priority", "agent")),
    DEPARTMENT_AND_CHANNEL("kpi_rollup", "kpi_rollup_time", "kpi_rollup_category", "kpi_rollup_root_cause",
            "kpi_rollup_tag", List.of("department", "channel"));

    /** The counters (Counter's columns). */
    final String counters;
    /** The time histograms (series, bucket, cases). */
    final String times;
    /** Cases opened per category: in the detailed grain the counter table itself, which has the category. */
    final String categories;
    final String rootCauses;
    final String tags;
    private final List<String> dimensions;

    KpiGrain(String counters, String times, String categories, String rootCauses, String tags,
            List<String> dimensions) {
        this.counters = counters;
        this.times = times;
        this.categories = categories;
        this.rootCauses = rootCauses;
        this.tags = tags;
        this.dimensions = dimensions;
    }

    /** The roll-up unless the filter names a dimension the roll-up summed away. */
    static KpiGrain toRead(KpiFilter filter) {
        boolean rolledUpAway = !filter.categories().isEmpty() || !filter.priorities().isEmpty()
                || !filter.agents().isEmpty();
        return rolledUpAway ? DETAILED : DEPARTMENT_AND_CHANNEL;
    }

    /** Whether a row is keyed by exactly what the report groups by (day, department, channel): one row per key. */
    boolean isKeyedAsTheReport() {
        return dimensions.equals(List.of("department", "channel"));
    }

    /** Whether the category top list is a table of its own here, written apart from the counters. */
    boolean keepsCategoriesApart() {
        return !categories.equals(counters);
    }

    /** The key's columns, report_day first: the INSERT's column list. */
    String keyColumns() {
        return "report_day, " + String.join(", ", dimensions);
    }

    /** {@code WHERE report_day = ?1 AND department = ?2 ...}: the key's columns bound as ?1 to ?{@link #keySize()}. */
    String keyWhere() {
        StringBuilder where = new StringBuilder(" WHERE report_day = ?1");
        for (int i = 0; i < dimensions.size(); i++) {
            where.append(" AND ").append(dimensions.get(i)).append(" = ?").append(i + 2);
        }
        return where.toString();
    }

    /** {@code ?1, ?2, ...}: the key's values in an INSERT. */
    String keyMarks() {
        List<String> marks = new ArrayList<>();
        for (int i = 1; i <= keySize(); i++) {
            marks.add("?" + i);
        }
        return String.join(", ", marks);
    }

    int keySize() {
        return dimensions.size() + 1;
    }

    /** The values of the key's columns for this event's row, in {@link #keyColumns()} order. */
    List<Object> keyValues(KpiKey key) {
        List<Object> values = new ArrayList<>();
        values.add(Date.valueOf(key.day()));
        for (String dimension : dimensions) {
            values.add(switch (dimension) {
                case "department" -> key.department();
                case "channel" -> key.channel();
                case "category" -> key.category();
                case "priority" -> key.priority();
                case "agent" -> key.agent();
                default -> throw new IllegalStateException("no dimension " + dimension);
            });
        }
        return values;
    }
}

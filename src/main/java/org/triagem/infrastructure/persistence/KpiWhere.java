package org.triagem.infrastructure.persistence;

import jakarta.persistence.Query;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.triagem.application.report.KpiFilter;

/** The WHERE clause of a KPI read: the day range and the dimension filters, every value a parameter. */
final class KpiWhere {

    private final StringBuilder sql = new StringBuilder(" WHERE report_day >= ?1 AND report_day <= ?2");
    private final List<Object> values = new ArrayList<>();

    private KpiWhere(KpiFilter filter) {
        values.add(Date.valueOf(filter.from()));
        values.add(Date.valueOf(filter.to()));
        if (filter.departments() != null) {
            in("department", filter.departments());
        }
        in("channel", filter.channels());
        in("category", filter.categories());
        in("priority", filter.priorities());
        in("agent", filter.agents());
    }

    static KpiWhere of(KpiFilter filter) {
        return new KpiWhere(filter);
    }

    /** An empty department scope (a supervisor of no department) matches nothing. */
    private void in(String column, Collection<String> allowed) {
        if (allowed.isEmpty() && !column.equals("department")) {
            return;
        }
        if (allowed.isEmpty()) {
            sql.append(" AND 1 = 0");
            return;
        }
        List<String> marks = new ArrayList<>();
        for (String v : allowed) {
            values.add(v);
            marks.add("?" + values.size());
        }
        sql.append(" AND ").append(column).append(" IN (").append(String.join(", ", marks)).append(')');
    }

    /** How many parameters the clause binds (?1 to ?n), so a caller can add its own after them. */
    int parameters() {
        return values.size();
    }

    String sql() {
        return sql.toString();
    }

    Query bind(Query q) {
        for (int i = 0; i < values.size(); i++) {
            q.setParameter(i + 1, values.get(i));
        }
        return q;
    }
}

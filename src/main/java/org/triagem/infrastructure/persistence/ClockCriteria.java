package org.triagem.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseFilter;
import org.triagem.domain.model.sla.SlaClock;

/**
 * The case list's questions to the SLA clocks, in JPQL: the "breached" and "due within" criteria, and the
 * "due" order, all read over the running clocks only (paused and stopped clocks fall due at no time), so
 * they agree with the countdown each row shows ({@link org.triagem.domain.model.sla.NextDue}).
 *
 * <p>The order is a grouped query for the page's ids, then the cases themselves: ordering by a
 * correlated subquery is not JPQL, and grouping whole cases would group every column. The clocks of a
 * page arrive in one batch query rather than one query per row.
 */
final class ClockCriteria {

    /** EclipseLink's batch reading: a page's clocks in one {@code IN} query (works with paging). */
    static final Map<String, Object> PAGE_HINTS = Map.of("eclipselink.batch", "c.clocks",
            "eclipselink.batch.type", "IN");

    private static final String RUNNING = "SELECT %1$s FROM SlaClock %1$s WHERE %1$s.complaintCase = c"
            + " AND %1$s.phase = :running AND %1$s.dueAt < :%2$s";

    private ClockCriteria() {
    }

    /** Adds the clauses (on the case alias {@code c}) and their parameters for the filter's due criterion. */
    static void addClauses(CaseFilter.Due due, List<String> clauses, Map<String, Object> params) {
        switch (due.kind()) {
            case ANY -> {
                return;
            }
            case BREACHED -> clauses.add("EXISTS (" + RUNNING.formatted("k1", "dueNow") + ")");
            case WITHIN -> {
                clauses.add("NOT EXISTS (" + RUNNING.formatted("k1", "dueNow") + ")");
                clauses.add("EXISTS (" + RUNNING.formatted("k2", "dueHorizon") + ")");
                params.put("dueHorizon", due.horizon());
            }
        }
        params.put("running", SlaClock.Phase.RUNNING);
        params.put("dueNow", due.now());
    }

    /**
     * One page of the cases matching {@code where}, the running clock due first first; cases with no
     * running clock after them, by legal deadline.
     */
    static List<Case> pageByNextDue(EntityManager em, String where, Map<String, Object> params, int offset,
            int limit) {
        TypedQuery<Object[]> ids = em.createQuery("SELECT c.id, c.protocol, MIN(nd.dueAt) FROM ComplaintCase c"
                + " LEFT JOIN c.clocks nd ON nd.phase = :nextDueRunning" + where
                + " GROUP BY c.id, c.protocol, c.routing.legalDeadline"
                + " ORDER BY MIN(nd.dueAt) ASC NULLS LAST, c.routing.legalDeadline ASC, c.id ASC",
                Object[].class).setFirstResult(offset).setMaxResults(limit);
        Map<String, Object> all = new HashMap<>(params);
        all.put("nextDueRunning", SlaClock.Phase.RUNNING);
        all.forEach(ids::setParameter);
        List<Object[]> rows = ids.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> rank = new HashMap<>();
        rows.forEach(row -> rank.put((String) row[1], rank.size()));
        TypedQuery<Case> cases = em.createQuery("SELECT c FROM ComplaintCase c WHERE c.id IN :ids", Case.class)
                .setParameter("ids", rows.stream().map(row -> ((Number) row[0]).longValue()).toList());
        PAGE_HINTS.forEach(cases::setHint);
        return cases.getResultList().stream()
                .sorted(Comparator.comparingInt(c -> rank.get(c.protocol().value()))).toList();
    }
}

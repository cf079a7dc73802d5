package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseAction;
import org.triagem.domain.model.complaint.CaseRepository.AssignedOpenCases;
import org.triagem.domain.model.complaint.CaseStatus;
import org.triagem.domain.model.complaint.DepartmentCases;
import org.triagem.domain.model.complaint.Priority;

/**
 * A department's queue, breached and escalated cases, and its agents' open work, in the relational
 * database: the indexes on (department, status) and (assignee, status) serve every query.
 */
@ApplicationScoped
public class JpaDepartmentCases implements DepartmentCases {

    /**
     * A clock is breached when marked so (by the sweeper, or met late), or while it runs (neither paused
     * nor stopped) past its due time. Plain SQL: EclipseLink writes a JPQL boolean as 1 here, which H2
     * will not compare with a BOOLEAN column.
     */
    private static final String BREACHED_PROTOCOLS = "SELECT c.protocol FROM complaint_case c WHERE c.department = ?1"
            + " AND c.status IN (%s) AND EXISTS (SELECT 1 FROM sla_clock k WHERE k.case_id = c.id"
            + " AND (k.breached = TRUE OR (k.paused_at IS NULL AND k.stopped_at IS NULL AND k.due_at < ?2)))"
            + " ORDER BY c.legal_deadline ASC, c.id ASC";

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    /**
     * Observing start-up makes the container create this bean then, on the application's own thread: made
     * first on a Camel or broker thread, where {@code java:comp} does not resolve, it would keep an unset
     * entity manager for the application's life.
     */
    void madeAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // nothing else to do
    }

    @Override
    public List<Case> oldestWaiting(String department, int limit) {
        return em.createQuery("SELECT c FROM ComplaintCase c WHERE c.routing.department = :d AND c.assignee IS NULL"
                + " AND c.status IN :waiting ORDER BY c.openedAt ASC, c.id ASC", Case.class)
                .setParameter("d", department).setParameter("waiting", waitingStatuses())
                .setMaxResults(limit).getResultList();
    }

    @Override
    public long waitingCount(String department) {
        return em.createQuery("SELECT COUNT(c) FROM ComplaintCase c WHERE c.routing.department = :d"
                + " AND c.assignee IS NULL AND c.status IN :waiting", Long.class)
                .setParameter("d", department).setParameter("waiting", waitingStatuses()).getSingleResult();
    }

    @Override
    public List<Case> breached(String department, OffsetDateTime now, int limit) {
        // The statuses are the enum's own names, not input: written into the statement as literals.
        String open = String.join(", ", openStatuses().stream().map(st -> "'" + st.name() + "'").toList());
        @SuppressWarnings("unchecked")
        List<String> order = em.createNativeQuery(BREACHED_PROTOCOLS.formatted(open))
                .setParameter(1, department).setParameter(2, now).setMaxResults(limit).getResultList();
        if (order.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM ComplaintCase c WHERE c.protocol IN :protocols", Case.class)
                .setParameter("protocols", order).getResultList().stream()
                .sorted(Comparator.comparingInt(c -> order.indexOf(c.protocol().value()))).toList();
    }

    @Override
    public List<Case> escalated(String department, int limit) {
        return em.createQuery("SELECT c FROM ComplaintCase c WHERE c.routing.department = :d AND c.status IN :open"
                + " AND c.routing.escalationLevel > 0 ORDER BY c.routing.escalationLevel DESC,"
                + " c.routing.legalDeadline ASC, c.id ASC", Case.class)
                .setParameter("d", department).setParameter("open", openStatuses())
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<AssignedOpenCases> openCasesOf(Collection<String> assignees) {
        if (assignees.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c.assignee, c.routing.priority, COUNT(c) FROM ComplaintCase c"
                + " WHERE c.assignee IN :people AND c.status IN :open GROUP BY c.assignee, c.routing.priority",
                Object[].class)
                .setParameter("people", List.copyOf(assignees)).setParameter("open", openStatuses())
                .getResultList().stream()
                .map(row -> new AssignedOpenCases((String) row[0], (Priority) row[1], ((Number) row[2]).intValue()))
                .toList();
    }

    /** Statuses in which a case without an assignee waits to be claimed. */
    private static List<CaseStatus> waitingStatuses() {
        return Arrays.stream(CaseStatus.values()).filter(CaseAction.CLAIM::isAllowedIn).toList();
    }

    private static List<CaseStatus> openStatuses() {
        return Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList();
    }
}

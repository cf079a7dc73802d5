package org.triagem.infrastructure.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triagem.domain.model.complaint.CaseStatus;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.outbox.MailStatus;

/**
 * The database side of the gauges: four aggregate queries, each served by an index or a small table
 * (quarantine and unsent mail are few rows; open cases are counted through ix_case_department_status).
 * The numbers are the whole database's, the same on every node.
 */
@ApplicationScoped
public class OperationalReadings {

    private static final List<CaseStatus> OPEN = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList();

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    /** One reading of every gauge that comes from the database. */
    public record Snapshot(long quarantined, long outboxPending, long outboxFailed, double oldestPendingSeconds,
            Map<BacklogSeries.Key, Long> backlog) {

        static final Snapshot EMPTY = new Snapshot(0, 0, 0, 0, Map.of());
    }

    public Snapshot read(OffsetDateTime now) {
        long quarantined = em.createQuery("SELECT COUNT(q) FROM QuarantinedContact q WHERE q.replayedAt IS NULL",
                Long.class).getSingleResult();
        long failed = countMail(MailStatus.FAILED);
        long pending = countMail(MailStatus.PENDING);
        OffsetDateTime oldest = em.createQuery("SELECT MIN(m.createdAt) FROM OutgoingMail m WHERE m.status = :status",
                OffsetDateTime.class).setParameter("status", MailStatus.PENDING).getSingleResult();
        double oldestSeconds = oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0);
        return new Snapshot(quarantined, pending, failed, oldestSeconds, backlog());
    }

    private long countMail(MailStatus status) {
        return em.createQuery("SELECT COUNT(m) FROM OutgoingMail m WHERE m.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }

    private Map<BacklogSeries.Key, Long> backlog() {
        List<Object[]> rows = em.createQuery("SELECT c.routing.department, c.routing.priority, COUNT(c) FROM ComplaintCase c"
                + " WHERE c.status IN :open GROUP BY c.routing.department, c.routing.priority", Object[].class)
                .setParameter("open", OPEN).getResultList();
        Map<BacklogSeries.Key, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put(new BacklogSeries.Key((String) row[0], (Priority) row[1]),
                ((Number) row[2]).longValue()));
        return counts;
    }
}

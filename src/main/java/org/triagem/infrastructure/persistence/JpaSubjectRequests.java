package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.triagem.domain.model.subject.SubjectAudit;
import org.triagem.domain.model.subject.SubjectRequest;
import org.triagem.domain.model.subject.SubjectRequests;

/**
 * The {@code subject_request} and {@code subject_audit} tables. Due requests are claimed as the escalation
 * sweeper claims checkpoints ({@link JpaCheckpoints}): locked with {@code FOR UPDATE SKIP LOCKED} and leased,
 * against the application's clock, so several nodes never escalate one request twice.
 */
@ApplicationScoped
public class JpaSubjectRequests implements SubjectRequests {

    /** Open (a next checkpoint), due, not leased to a live claim. Parameters: now, now, the limit. */
    static final String CLAIM_DUE_SQL = "SELECT id FROM subject_request WHERE next_check_at IS NOT NULL"
            + " AND next_check_at <= ? AND (leased_until IS NULL OR leased_until <= ?)"
            + " ORDER BY next_check_at, id LIMIT ? FOR UPDATE SKIP LOCKED";

    static final String LEASE_SQL = "UPDATE subject_request SET leased_until = ? WHERE id IN (%s)";

    static final String LOCK_OPEN_SQL = "SELECT id FROM subject_request WHERE id = ? AND fulfilled_at IS NULL"
            + " FOR UPDATE";

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    public void add(SubjectRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<SubjectRequest> find(long id) {
        return Optional.ofNullable(em.find(SubjectRequest.class, id));
    }

    @Override
    public List<Long> claimDue(OffsetDateTime now, int limit, int leaseSeconds) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery(CLAIM_DUE_SQL).setParameter(1, now).setParameter(2, now)
                .setParameter(3, limit).getResultList();
        List<Long> ids = rows.stream().map(Number::longValue).toList();
        if (!ids.isEmpty()) {
            // Ids are numbers from the database, so the list is safe to inline.
            em.createNativeQuery(String.format(LEASE_SQL, ids.stream().map(String::valueOf)
                    .collect(Collectors.joining(",")))).setParameter(1, now.plusSeconds(leaseSeconds)).executeUpdate();
        }
        return ids;
    }

    @Override
    public Optional<SubjectRequest> lockOpen(long id) {
        if (em.createNativeQuery(LOCK_OPEN_SQL).setParameter(1, id).getResultList().isEmpty()) {
            return Optional.empty();
        }
        SubjectRequest request = em.find(SubjectRequest.class, id);
        em.refresh(request);
        return Optional.of(request);
    }

    @Override
    public List<SubjectRequest> newest(String subjectHash, int limit) {
        TypedQuery<SubjectRequest> query = subjectHash == null
                ? em.createQuery("SELECT r FROM SubjectRequest r ORDER BY r.receivedAt DESC, r.id DESC",
                        SubjectRequest.class)
                : em.createQuery("SELECT r FROM SubjectRequest r WHERE r.subjectHash = :hash"
                        + " ORDER BY r.receivedAt DESC, r.id DESC", SubjectRequest.class)
                        .setParameter("hash", subjectHash);
        List<SubjectRequest> found = query.setMaxResults(limit).getResultList();
        found.forEach(r -> r.events().size());
        return found;
    }

    @Override
    public List<SubjectRequest> receivedBetween(OffsetDateTime from, OffsetDateTime to) {
        return em.createQuery("SELECT r FROM SubjectRequest r WHERE r.receivedAt >= :from AND r.receivedAt < :to",
                SubjectRequest.class).setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public void audit(SubjectAudit line) {
        em.persist(line);
    }

    @Override
    public List<SubjectAudit> auditLines(String subjectHash, int limit) {
        TypedQuery<SubjectAudit> query = subjectHash == null
                ? em.createQuery("SELECT a FROM SubjectAudit a ORDER BY a.occurredAt DESC, a.id DESC", SubjectAudit.class)
                : em.createQuery("SELECT a FROM SubjectAudit a WHERE a.subjectHash = :hash"
                        + " ORDER BY a.occurredAt DESC, a.id DESC", SubjectAudit.class).setParameter("hash", subjectHash);
        return query.setMaxResults(limit).getResultList();
    }
}

package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.sla.Checkpoints;
import org.triagem.domain.model.sla.SlaCheckpoint;

/**
 * The {@code sla_checkpoint} table. Several nodes sweep it at once: each locks its due rows with {@code FOR
 * UPDATE SKIP LOCKED} (PostgreSQL, and H2 2.3 alike) and leases them, so no two nodes claim the same row and
 * none waits for another. Due times and leases are compared with the time the sweeper passes in, from the
 * application's {@link java.time.Clock}, not with the database's {@code CURRENT_TIMESTAMP}: every other time
 * the sweeper writes (the escalation's event, the day its KPIs count on) comes from that clock, so "due"
 * must too, or a clock set for a test (or a node's own notion of now) would disagree with what it fires.
 * The cost: nodes must keep their clocks in step (NTP); a skew of a few seconds fires an escalation that
 * much early or late and moves a 120-second lease by as much, which the next poll absorbs.
 */
@ApplicationScoped
public class JpaCheckpoints implements Checkpoints {

    /**
     * Open, due, not leased to a live claim: served by the partial index on open rows' due time. Parameters:
     * now, now again, the limit.
     */
    public static final String CLAIM_DUE_SQL = "SELECT id, case_id FROM sla_checkpoint WHERE fired_at IS NULL"
            + " AND due_at <= ? AND (leased_until IS NULL OR leased_until <= ?)"
            + " ORDER BY due_at, id LIMIT ? FOR UPDATE SKIP LOCKED";

    /** Parameter: the end of the lease. */
    static final String LEASE_SQL = "UPDATE sla_checkpoint SET leased_until = ? WHERE id IN (%s)";

    /**
     * Locks an open checkpoint and its case in one statement. Rows are locked in the order of the FROM list
     * (checkpoint, then case) on both databases, so two nodes firing checkpoints of the same case queue on
     * the case instead of deadlocking or losing an update.
     */
    static final String LOCK_OPEN_SQL = "SELECT cp.case_id FROM sla_checkpoint cp JOIN complaint_case c"
            + " ON c.id = cp.case_id WHERE cp.id = ? AND cp.fired_at IS NULL FOR UPDATE";

    /** The case with what firing a checkpoint reads (its clocks and checkpoints) in one round trip. */
    static final String CASE_WITH_CLOCKS_JPQL = "SELECT c FROM ComplaintCase c LEFT JOIN FETCH c.clocks"
            + " LEFT JOIN FETCH c.checkpoints WHERE c.id = :id";

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    public List<Claim> claimDue(OffsetDateTime now, int limit, int leaseSeconds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CLAIM_DUE_SQL).setParameter(1, now).setParameter(2, now)
                .setParameter(3, limit).getResultList();
        List<Claim> claims = rows.stream()
                .map(r -> new Claim(((Number) r[0]).longValue(), ((Number) r[1]).longValue())).toList();
        if (!claims.isEmpty()) {
            // Ids are numbers from the database, so the list is safe to inline.
            String in = claims.stream().map(c -> String.valueOf(c.checkpointId())).collect(Collectors.joining(","));
            em.createNativeQuery(String.format(LEASE_SQL, in)).setParameter(1, now.plusSeconds(leaseSeconds))
                    .executeUpdate();
        }
        return claims;
    }

    @Override
    public Optional<SlaCheckpoint> lockOpen(long id) {
        @SuppressWarnings("unchecked")
        List<Number> owner = em.createNativeQuery(LOCK_OPEN_SQL).setParameter(1, id).getResultList();
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        // Then the aggregate, read fresh (no shared cache), and the checkpoint as the case holds it: the
        // case changes it, so it must be the very instance in the case's collection.
        Case c = em.createQuery(CASE_WITH_CLOCKS_JPQL, Case.class).setParameter("id", owner.get(0).longValue())
                .getResultList().get(0);
        return c.sla().checkpoints().stream().filter(cp -> cp.id() == id && cp.isOpen()).findFirst();
    }
}

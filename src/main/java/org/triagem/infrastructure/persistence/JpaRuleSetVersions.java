package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.triagem.domain.model.ruleset.RuleSetVersion;
import org.triagem.domain.model.ruleset.RuleSetVersions;

/** Rule-set versions and the single-row active pointer ({@code active_rule_set}). */
@ApplicationScoped
public class JpaRuleSetVersions implements RuleSetVersions {

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    public void add(RuleSetVersion version) {
        em.persist(version);
        // The number is the id: have it now, so the caller can label and report the version.
        em.flush();
    }

    @Override
    public Optional<RuleSetVersion> find(long number) {
        return Optional.ofNullable(em.find(RuleSetVersion.class, number));
    }

    @Override
    public List<RuleSetVersion> all() {
        return em.createNamedQuery("RuleSetVersion.all", RuleSetVersion.class).getResultList();
    }

    @Override
    public boolean isEmpty() {
        return em.createNamedQuery("RuleSetVersion.count", Long.class).getSingleResult() == 0;
    }

    @Override
    public List<RuleSetVersion> withChecksum(String checksum) {
        return em.createNamedQuery("RuleSetVersion.withChecksum", RuleSetVersion.class)
                .setParameter("checksum", checksum).getResultList();
    }

    @Override
    public Optional<Long> activeNumber() {
        Object id = em.createNativeQuery("SELECT rule_set_id FROM active_rule_set WHERE id = 1")
                .getResultStream().findFirst().orElse(null);
        return id == null ? Optional.empty() : Optional.of(((Number) id).longValue());
    }

    @Override
    public void lockActivePointer() {
        em.createNativeQuery("SELECT rule_set_id FROM active_rule_set WHERE id = 1 FOR UPDATE").getResultList();
    }

    @Override
    public void pointActiveAt(RuleSetVersion version, String actor, OffsetDateTime now) {
        // One row, one UPDATE: nodes polling the pointer see the old version or the new one, never a
        // mix, and a concurrent activation waits on this row's lock.
        em.createNativeQuery("UPDATE active_rule_set SET rule_set_id = ?, activated_at = ?, activated_by = ?"
                        + " WHERE id = 1")
                .setParameter(1, version.number())
                .setParameter(2, Timestamp.from(now.toInstant()))
                .setParameter(3, actor)
                .executeUpdate();
    }
}

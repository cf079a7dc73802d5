package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.IntakeReceipts;
import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * Intake receipts as plain rows keyed by (channel, source key). The claim is an insert that does
 * nothing on conflict: PostgreSQL makes a second inserter of the same key wait for the first
 * transaction and then reports no row, so two nodes receiving one mail at the same moment neither
 * open two cases nor fail; the one that waited finds the other's case.
 */
@ApplicationScoped
public class JpaIntakeReceipts implements IntakeReceipts {

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    public Optional<ProtocolNumber> caseFor(Channel channel, String sourceKey) {
        return em.createNativeQuery("SELECT c.protocol FROM intake_receipt r JOIN complaint_case c ON c.id = r.case_id"
                        + " WHERE r.channel = ?1 AND r.source_key = ?2")
                .setParameter(1, channel.name())
                .setParameter(2, sourceKey)
                .getResultStream().findFirst()
                .map(p -> ProtocolNumber.parse((String) p));
    }

    @Override
    public boolean claim(Channel channel, String sourceKey, OffsetDateTime now) {
        return em.createNativeQuery("INSERT INTO intake_receipt (channel, source_key, received_at) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, channel.name())
                .setParameter(2, sourceKey)
                .setParameter(3, now)
                .executeUpdate() == 1;
    }

    @Override
    public void record(Channel channel, String sourceKey, Case complaintCase) {
        em.flush(); // the case row must exist before the receipt refers to it
        Object caseId = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(complaintCase);
        em.createNativeQuery("UPDATE intake_receipt SET case_id = ?1 WHERE channel = ?2 AND source_key = ?3")
                .setParameter(1, caseId)
                .setParameter(2, channel.name())
                .setParameter(3, sourceKey)
                .executeUpdate();
    }
}

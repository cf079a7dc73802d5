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
 * Intake receipts as plain rows. The primary key (channel, source key) is what makes a retried
 * delivery harmless, even when two nodes receive it at the same moment: the second insert fails
 * and its transaction rolls back.
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
    public void record(Channel channel, String sourceKey, Case complaintCase, OffsetDateTime now) {
        em.flush(); // the case row must exist before the receipt that refers to it
        Object caseId = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(complaintCase);
        em.createNativeQuery("INSERT INTO intake_receipt (channel, source_key, case_id, received_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, channel.name())
                .setParameter(2, sourceKey)
                .setParameter(3, caseId)
                .setParameter(4, now)
                .executeUpdate();
    }
}

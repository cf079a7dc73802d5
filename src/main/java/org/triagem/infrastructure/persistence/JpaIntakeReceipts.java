package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.IntakeReceipts;
import org.triagem.domain.model.complaint.IntakeReceipts.Received;
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
    public void recordAll(List<Received> received) {
        // One statement per channel for the whole batch, not one per contact:
        // UPDATE ... SET case_id = CASE source_key WHEN ? THEN ? ... END WHERE channel = ? AND source_key IN (...)
        em.flush(); // the case rows must exist before the receipts refer to them
        PersistenceUnitUtil ids = em.getEntityManagerFactory().getPersistenceUnitUtil();
        Map<Channel, List<Received>> byChannel = received.stream()
                .collect(Collectors.groupingBy(Received::channel, LinkedHashMap::new, Collectors.toList()));
        byChannel.forEach((channel, keys) -> {
            StringBuilder sql = new StringBuilder("UPDATE intake_receipt SET case_id = CASE source_key");
            for (int i = 0; i < keys.size(); i++) {
                sql.append(" WHEN ?").append(2 * i + 1).append(" THEN CAST(?").append(2 * i + 2).append(" AS BIGINT)");
            }
            int channelParameter = 2 * keys.size() + 1;
            sql.append(" END WHERE channel = ?").append(channelParameter).append(" AND source_key IN (");
            for (int i = 0; i < keys.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?").append(channelParameter + 1 + i);
            }
            Query update = em.createNativeQuery(sql.append(')').toString());
            for (int i = 0; i < keys.size(); i++) {
                update.setParameter(2 * i + 1, keys.get(i).sourceKey());
                update.setParameter(2 * i + 2, ids.getIdentifier(keys.get(i).complaintCase()));
                update.setParameter(channelParameter + 1 + i, keys.get(i).sourceKey());
            }
            update.setParameter(channelParameter, channel.name());
            update.executeUpdate();
        });
    }
}

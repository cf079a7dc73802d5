package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.outbox.MailKind;
import org.triagem.domain.model.outbox.MailStatus;
import org.triagem.domain.model.outbox.Outbox;
import org.triagem.domain.model.outbox.OutgoingMail;

/**
 * The outbox table. Several nodes claim from it at once: each locks its due rows with {@code FOR
 * UPDATE SKIP LOCKED}, so no two nodes take the same mail and none waits for another's lock.
 */
@ApplicationScoped
public class JpaOutbox implements Outbox {

    /**
     * The claim, in the SQL PostgreSQL and H2 2.3 (MODE=PostgreSQL) both accept; parameters: the due
     * time, then the limit. Ids only: the entities are then read by id, past any cache.
     */
    public static final String CLAIM_DUE_SQL = "SELECT id FROM outgoing_mail WHERE status = '"
            + MailStatus.PENDING + "' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?"
            + " FOR UPDATE SKIP LOCKED";

    private static final List<MailKind> AUTOMATIC = Arrays.stream(MailKind.values())
            .filter(MailKind::isAutomatic).toList();

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    public void add(OutgoingMail mail) {
        em.persist(mail);
    }

    @Override
    public List<OutgoingMail> claimDue(OffsetDateTime now, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(CLAIM_DUE_SQL)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        // The rows are locked by this transaction, so reading them now sees what was locked.
        return ids.stream().map(id -> em.find(OutgoingMail.class, id.longValue())).toList();
    }

    @Override
    public int countAutomaticTo(String recipient, OffsetDateTime since) {
        return em.createNamedQuery("OutgoingMail.countOfKindToSince", Long.class)
                .setParameter("kinds", AUTOMATIC)
                .setParameter("recipient", Outbox.addressKey(recipient))
                .setParameter("since", since)
                .getSingleResult().intValue();
    }

    @Override
    public Map<String, Integer> countAutomaticToEach(Collection<String> recipients, OffsetDateTime since) {
        if (recipients.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNamedQuery("OutgoingMail.countOfKindToEachSince", Object[].class)
                .setParameter("kinds", AUTOMATIC)
                .setParameter("recipients", recipients.stream().map(Outbox::addressKey).toList())
                .setParameter("since", since)
                .getResultList();
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    @Override
    public boolean hasFailedTo(String recipient) {
        return em.createNamedQuery("OutgoingMail.failedTo", Long.class)
                .setParameter("recipient", Outbox.addressKey(recipient))
                .setParameter("failed", MailStatus.FAILED)
                .getSingleResult() > 0;
    }

    @Override
    public boolean hasQueued(ProtocolNumber protocol, MailKind kind) {
        return em.createNamedQuery("OutgoingMail.ofKindFor", Long.class)
                .setParameter("protocol", protocol.value())
                .setParameter("kind", kind)
                .getSingleResult() > 0;
    }

    @Override
    public Optional<OutgoingMail> withMessageId(String messageId) {
        return em.createNamedQuery("OutgoingMail.byMessageId", OutgoingMail.class)
                .setParameter("messageId", messageId)
                .getResultStream().findFirst();
    }

    @Override
    public Map<String, MailStatus> statusesOf(Collection<String> messageIds) {
        Map<String, MailStatus> statuses = new HashMap<>();
        if (messageIds.isEmpty()) {
            return statuses;
        }
        em.createNamedQuery("OutgoingMail.statusesOf", Object[].class).setParameter("messageIds", messageIds)
                .getResultList().forEach(row -> statuses.put((String) row[0], (MailStatus) row[1]));
        return statuses;
    }
}

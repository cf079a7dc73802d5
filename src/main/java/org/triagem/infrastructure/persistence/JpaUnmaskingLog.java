package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.triagem.application.PersonalDataAccess.Unmasking;
import org.triagem.application.UnmaskingLog;
import org.triagem.domain.model.complaint.CaseEvent;

/**
 * The reveals are history lines of type {@code PERSONAL_DATA_UNMASKED}: one record, the case's own, so the
 * audit can never disagree with what the case says happened.
 */
@ApplicationScoped
public class JpaUnmaskingLog implements UnmaskingLog {

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<Unmasking> between(OffsetDateTime from, OffsetDateTime to, int limit) {
        List<Object[]> rows = em.createQuery("SELECT e.occurredAt, e.actor, c.protocol, c.routing.department, e.params"
                        + " FROM CaseEvent e JOIN e.complaintCase c WHERE e.type = :type AND e.occurredAt >= :from"
                        + " AND e.occurredAt < :to ORDER BY e.occurredAt DESC, e.id DESC", Object[].class)
                .setParameter("type", CaseEvent.Type.PERSONAL_DATA_UNMASKED).setParameter("from", from)
                .setParameter("to", to).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> {
            Map<String, String> params = r[4] == null ? Map.of() : (Map<String, String>) r[4];
            return new Unmasking((OffsetDateTime) r[0], (String) r[1], (String) r[2], (String) r[3],
                    params.get("field"), params.get("reason"));
        }).toList();
    }
}

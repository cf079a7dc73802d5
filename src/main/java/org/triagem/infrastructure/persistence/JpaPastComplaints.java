package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.triagem.domain.model.complaint.CallFacts;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.impact.PastComplaint;
import org.triagem.domain.model.impact.PastComplaints;
import org.triagem.domain.model.routing.ComplaintFacts;
import org.triagem.domain.model.routing.CustomerFacts;

/**
 * The first contacts of past cases, for an impact preview: a read-only SQL query of just those columns,
 * newest first by id, a page at a time. No entity is loaded (a case brings its clocks, messages and
 * history), and no personal data leaves the database: only whether the customer identified themselves.
 *
 * <p>What the rules read at intake and a case does not keep: how many other cases the customer had
 * open then, and the call's drop or call-back request. A replay reads them as none, as a case decided
 * again does ({@code ComplaintFacts.of(Case, int)}).
 */
@ApplicationScoped
public class JpaPastComplaints implements PastComplaints {

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    public long countSince(OffsetDateTime since) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM complaint_case WHERE opened_at >= ?1")
                .setParameter(1, since).getSingleResult()).longValue();
    }

    @Override
    public Page page(OffsetDateTime since, long beforeId, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, protocol, channel, subject, description, category_hint,"
                        + " ivr_choice, CASE WHEN customer_email IS NULL AND customer_phone IS NULL"
                        + " AND customer_cpf IS NULL THEN 0 ELSE 1 END"
                        + " FROM complaint_case WHERE opened_at >= ?1 AND id < ?2 ORDER BY id DESC")
                .setParameter(1, since).setParameter(2, beforeId).setMaxResults(size).getResultList();
        List<PastComplaint> complaints = new ArrayList<>(rows.size());
        long lastId = beforeId;
        for (Object[] row : rows) {
            lastId = ((Number) row[0]).longValue();
            ComplaintFacts facts = new ComplaintFacts(Channel.valueOf((String) row[2]), (String) row[3],
                    (String) row[4], (String) row[5], new CallFacts((String) row[6], false, false),
                    CustomerFacts.of(((Number) row[7]).intValue() == 1, 0, null));
            complaints.add(new PastComplaint((String) row[1], facts));
        }
        return new Page(complaints, lastId);
    }
}

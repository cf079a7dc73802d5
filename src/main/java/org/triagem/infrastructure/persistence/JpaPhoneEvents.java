package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.phone.AppliedCallEvent;
import org.triagem.domain.model.phone.CallEvent;
import org.triagem.domain.model.phone.CallEventType;
import org.triagem.domain.model.phone.PhoneEvents;

/**
 * Applied call events as plain rows. The primary key (the event id) makes a delivery that races
 * another of the same event fail and roll back; the route then retries and finds this row.
 */
@ApplicationScoped
public class JpaPhoneEvents implements PhoneEvents {

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    public Optional<AppliedCallEvent> find(String eventId) {
        return em.createNativeQuery("SELECT e.event_type, e.call_id, c.protocol, e.opened_case, e.payload_sha256"
                        + " FROM phone_event e JOIN complaint_case c ON c.id = e.case_id WHERE e.event_id = ?1")
                .setParameter(1, eventId)
                .getResultStream().findFirst()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new AppliedCallEvent(eventId, CallEventType.valueOf((String) r[0]), (String) r[1],
                            ProtocolNumber.parse((String) r[2]), Boolean.TRUE.equals(r[3]), (String) r[4]);
                });
    }

    @Override
    public void record(CallEvent event, Case complaintCase, boolean openedTheCase, OffsetDateTime now) {
        em.flush(); // the case row must exist before the event row that refers to it
        Object caseId = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(complaintCase);
        em.createNativeQuery("INSERT INTO phone_event (event_id, event_type, call_id, case_id, opened_case,"
                        + " payload_sha256, received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, event.eventId())
                .setParameter(2, event.type().name())
                .setParameter(3, event.callId())
                .setParameter(4, caseId)
                .setParameter(5, openedTheCase)
                .setParameter(6, event.payloadSha256())
                .setParameter(7, now)
                .executeUpdate();
    }
}

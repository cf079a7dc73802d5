package org.triagem.application.subject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.triagem.domain.model.subject.SubjectRequests;

/**
 * One step of the request sweeper, each in a transaction of its own: claiming due requests (locked and
 * leased), and escalating one, with the DPO's notice queued in the same transaction, so it fires once.
 */
@ApplicationScoped
class SubjectRequestEscalation {

    @Inject
    SubjectRequests requests;

    @Inject
    SubjectNotices notices;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Long> claimDue(OffsetDateTime now, int limit, int leaseSeconds) {
        return requests.claimDue(now, limit, leaseSeconds);
    }

    /** Escalates the request if it is still open and due; whether it did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean escalate(long id, OffsetDateTime now) {
        return requests.lockOpen(id).flatMap(r -> r.escalateIfDue(now).map(e -> {
            notices.tellDpo(r, e, now);
            return e;
        })).isPresent();
    }
}

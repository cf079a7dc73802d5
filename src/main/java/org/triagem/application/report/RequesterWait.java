package org.triagem.application.report;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseEvent;
import org.triagem.domain.model.complaint.CaseStatus;

/**
 * Requester wait time: how long the customer waited on the desk, i.e. the time the case spent in the
 * states where the desk owes the next move (new, assigned, in progress, reopened). Time waiting on the
 * customer is left out (the same rule as the SLA pause), and so is time spent resolved before a reopen:
 * Zendesk's "requester wait time" (new, open, on-hold; not pending, not solved).
 */
final class RequesterWait {

    /** The states in which the customer waits on the desk. */
    static final Set<CaseStatus> DESK_OWES = EnumSet.of(CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS,
            CaseStatus.REOPENED);

    private RequesterWait() {
    }

    /** Calendar minutes the desk owed the next move, from the opening to the event at {@code until}. */
    static long minutesUntil(Case c, List<CaseEvent> history, int until) {
        CaseStatus status = CaseStatus.NEW;
        OffsetDateTime since = c.openedAt();
        long seconds = 0;
        for (int j = 0; j <= until && j < history.size(); j++) {
            CaseEvent e = history.get(j);
            if (e.type() != CaseEvent.Type.STATUS_CHANGED) {
                continue;
            }
            if (DESK_OWES.contains(status)) {
                seconds += Math.max(0, Duration.between(since, e.occurredAt()).toSeconds());
            }
            status = e.after();
            since = e.occurredAt();
        }
        return seconds / 60;
    }
}

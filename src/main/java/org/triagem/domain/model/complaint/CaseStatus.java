package org.triagem.domain.model.complaint;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case is in its lifecycle. Transfers are events, not states; {@link #MERGED} and
 * {@link #DUPLICATE} are terminal.
 */
public enum CaseStatus {
    NEW,
    ASSIGNED,
    IN_PROGRESS,
    PENDING_CUSTOMER,
    RESOLVED,
    REOPENED,
    CLOSED,
    MERGED,
    DUPLICATE;

    /** The statuses a case may move to from this one. */
    public Set<CaseStatus> successors() {
        return switch (this) {
            case NEW -> EnumSet.of(ASSIGNED, IN_PROGRESS, RESOLVED, MERGED, DUPLICATE);
            // Back to NEW: unassigned, or transferred to another department's queue.
            case ASSIGNED -> EnumSet.of(NEW, IN_PROGRESS, RESOLVED, MERGED, DUPLICATE);
            case IN_PROGRESS -> EnumSet.of(NEW, PENDING_CUSTOMER, RESOLVED, MERGED, DUPLICATE);
            case PENDING_CUSTOMER -> EnumSet.of(NEW, IN_PROGRESS, RESOLVED, MERGED, DUPLICATE);
            case RESOLVED -> EnumSet.of(CLOSED, REOPENED);
            case REOPENED -> EnumSet.of(NEW, ASSIGNED, IN_PROGRESS, RESOLVED, MERGED, DUPLICATE);
            case CLOSED, MERGED, DUPLICATE -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canMoveTo(CaseStatus next) {
        return successors().contains(next);
    }

    /** Open cases count against the backlog and run their SLA clocks. */
    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED && this != MERGED && this != DUPLICATE;
    }
}

package org.triagem.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triagem.domain.model.complaint.CaseStatus;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.routing.CheckpointClock;
import org.triagem.domain.model.staff.AssignmentMode;
import org.triagem.domain.model.staff.AssignmentStrategyKind;

/**
 * What a supervisor watches in one department: how it hands out cases, how many wait in its queue, the
 * open cases with a breached clock and those escalated (each list the most urgent first, at most
 * {@link #MOST_LISTED}), and each agent's open work against their cap.
 */
public record DepartmentOverview(String department, AssignmentMode mode, AssignmentStrategyKind strategy,
        long waiting, List<Attention> breached, List<Attention> escalated, List<Workload> workload) {

    /** Cases listed at most, per list: a supervisor acts on the first ones, then the list refreshes. */
    public static final int MOST_LISTED = 100;

    /** A case that needs a supervisor's eye; the subject is the customer's text, untrusted. */
    public record Attention(String protocol, String subject, Priority priority, CaseStatus status, String assignee,
            int escalationLevel, List<CheckpointClock> breachedClocks, OffsetDateTime legalDeadline) {
    }

    /** An agent's open cases (in every department) by priority, against their cap. */
    public record Workload(String username, boolean absent, int cap, Set<String> skills, Map<Priority, Integer> open,
            OffsetDateTime lastSeen) {

        public int openTotal() {
            return open.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}

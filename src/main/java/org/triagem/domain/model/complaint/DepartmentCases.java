package org.triagem.domain.model.complaint;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.triagem.domain.model.complaint.CaseRepository.AssignedOpenCases;

/**
 * What a department's supervisor and its push assignment ask of its cases: the queue, the cases that
 * need a supervisor's eye, and how much open work each agent holds. Read as the database stands, so that
 * several nodes agree (no counter kept in memory).
 */
public interface DepartmentCases {

    /** The department's queue, oldest first: open cases nobody holds that an agent may claim. */
    List<Case> oldestWaiting(String department, int limit);

    /** How many cases wait in the department's queue. */
    long waitingCount(String department);

    /**
     * Open cases of the department with a clock breached: marked so by the sweeper or met late, or
     * running past its due time now. The nearest legal deadline first.
     */
    List<Case> breached(String department, OffsetDateTime now, int limit);

    /** Open cases of the department that escalation acted on (level above 0), the highest level first. */
    List<Case> escalated(String department, int limit);

    /** Every open case these people hold, in any department, counted by assignee and priority. */
    List<AssignedOpenCases> openCasesOf(Collection<String> assignees);
}

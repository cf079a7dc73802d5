package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.triagem.application.ServiceCounters;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.HowAssigned;
import org.triagem.domain.model.complaint.CaseAction;
import org.triagem.domain.model.complaint.DepartmentCases;
import org.triagem.domain.model.staff.DepartmentAssignment;
import org.triagem.domain.model.staff.PushRoster;
import org.triagem.domain.model.staff.StaffDirectory;
import org.triagem.domain.model.staff.StaffMember;

/**
 * Push assignment: in a department that pushes, its strategy hands every case that arrives to a present
 * agent under their cap, and whoever frees up takes the oldest case waiting. Called inside the
 * transaction of the event (intake, an action on a case, an escalation, a supervisor's change), so the
 * assignment commits or rolls back with it; each case's own version guards it as any change does.
 *
 * <p>Safe on several nodes: the department's assignment row is locked ({@code SELECT ... FOR UPDATE})
 * before its agents' open cases are counted by a query, so two nodes' pushes into one department take
 * turns and neither counts past a cap. Departments are locked in the order of their names, so two
 * transactions that touch the same two departments cannot wait on each other. A pull department locks
 * nothing and costs one indexed query.
 */
@ApplicationScoped
class PushAssignment implements PushEvents {

    private static final Logger LOG = Logger.getLogger(PushAssignment.class.getName());

    static final String ON_ARRIVAL = "on arrival";
    static final String FROM_QUEUE = "from the queue";

    @Inject
    StaffDirectory staff;

    @Inject
    DepartmentCases departmentCases;

    @Inject
    ServiceCounters counters = ServiceCounters.NONE;

    /**
     * New cases came into their departments' queues (a batch of intake): each push department hands them
     * out in the order they came, until its agents are at their caps; the rest wait in the queue.
     */
    @Override
    public void arrived(Collection<Case> arrivals, OffsetDateTime now) {
        Map<String, List<Case>> byDepartment = new TreeMap<>();
        arrivals.stream().filter(PushAssignment::waits)
                .forEach(c -> byDepartment.computeIfAbsent(c.department(), d -> new ArrayList<>()).add(c));
        byDepartment.forEach((department, cases) -> staff.lockIfPushing(department).ifPresent(assignment -> {
            PushRoster roster = rosterOf(department);
            for (Case c : cases) {
                if (!hand(c, assignment, roster, ON_ARRIVAL, true, now)) {
                    break;
                }
            }
        }));
    }

    /**
     * The case was just acted on (transferred, escalated, resolved, closed, merged): if it moved to
     * another department it arrived in that queue; if it left its agent's hands (it moved, or it is no
     * longer open) that agent freed up in the department it was in. The caller counts the case's own
     * new history; the cases handed out from a queue are counted here.
     */
    @Override
    public void afterChange(Case c, String departmentBefore, String assigneeBefore, OffsetDateTime now) {
        boolean moved = !c.department().equals(departmentBefore);
        boolean freed = assigneeBefore != null && (moved || !c.status().isOpen());
        for (String department : new TreeSet<>(List.of(c.department(), departmentBefore))) {
            boolean arrivedHere = moved && department.equals(c.department()) && waits(c);
            boolean freedHere = freed && department.equals(departmentBefore);
            if (arrivedHere || freedHere) {
                staff.lockIfPushing(department).ifPresent(assignment -> {
                    PushRoster roster = rosterOf(department);
                    if (arrivedHere) {
                        hand(c, assignment, roster, ON_ARRIVAL, false, now);
                    }
                    if (freedHere) {
                        fromQueue(department, assignment, roster, now);
                    }
                });
            }
        }
    }

    /**
     * Someone may take more now (back from absence, a higher cap, the department switched to push): in
     * each push department, whoever has room takes the oldest waiting cases.
     */
    @Override
    public void offerQueues(Collection<String> departments, OffsetDateTime now) {
        for (String department : new TreeSet<>(departments)) {
            staff.lockIfPushing(department)
                    .ifPresent(assignment -> fromQueue(department, assignment, rosterOf(department), now));
        }
    }

    private void fromQueue(String department, DepartmentAssignment assignment, PushRoster roster, OffsetDateTime now) {
        int room = Math.min(roster.room(), StaffMember.MOST_CASE_CAP);
        if (room == 0) {
            return;
        }
        for (Case c : departmentCases.oldestWaiting(department, room)) {
            if (!hand(c, assignment, roster, FROM_QUEUE, true, now)) {
                return;
            }
        }
    }

    /** Hands the case to the roster's pick; false when nobody has room (the case stays in the queue). */
    private boolean hand(Case c, DepartmentAssignment assignment, PushRoster roster, String occasion, boolean count,
            OffsetDateTime now) {
        Optional<PushRoster.Pick> pick = roster.pick(assignment, c.routing().tags(), c.priority(), occasion);
        pick.ifPresent(p -> {
            int mark = ServiceCounters.mark(c);
            c.assignTo(p.agent(), Case.SYSTEM, HowAssigned.pushed(p.how(), p.strategy(), p.candidates(), p.load()), now);
            if (count) {
                counters.countSince(c, mark);
            }
            LOG.fine(() -> "case " + c.protocol() + " pushed to " + p.agent() + " " + occasion);
        });
        return pick.isPresent();
    }

    private PushRoster rosterOf(String department) {
        List<StaffMember> people = staff.inDepartment(department);
        return PushRoster.of(department, people,
                departmentCases.openCasesOf(people.stream().map(StaffMember::username).toList()));
    }

    /** A case nobody holds, in a status an agent could claim it from. */
    private static boolean waits(Case c) {
        return c.assignee() == null && CaseAction.CLAIM.isAllowedIn(c.status());
    }
}

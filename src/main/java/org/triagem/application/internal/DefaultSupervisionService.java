package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triagem.application.ActionNotPermittedException;
import org.triagem.application.Actor;
import org.triagem.application.DepartmentOverview;
import org.triagem.application.SupervisionService;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseRepository.AssignedOpenCases;
import org.triagem.domain.model.complaint.DepartmentCases;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.sla.ClockState;
import org.triagem.domain.model.staff.DepartmentAssignment;
import org.triagem.domain.model.staff.StaffDirectory;
import org.triagem.domain.model.staff.StaffMember;

/** A department's overview for its supervisors, read in one transaction (the clocks load with the cases). */
@ApplicationScoped
@Transactional
class DefaultSupervisionService implements SupervisionService {

    @Inject
    StaffDirectory staff;

    @Inject
    DepartmentCases departmentCases;

    @Inject
    Clock clock;

    @Override
    public DepartmentOverview overview(Actor actor, String department) {
        if (department == null || !actor.supervises(department)) {
            throw new ActionNotPermittedException("Only a supervisor of " + department + " may see its overview.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        DepartmentAssignment assignment = staff.assignmentOf(department);
        int most = DepartmentOverview.MOST_LISTED;
        return new DepartmentOverview(department, assignment.mode(), assignment.strategy(),
                departmentCases.waitingCount(department),
                departmentCases.breached(department, now, most).stream().map(c -> attention(c, now)).toList(),
                departmentCases.escalated(department, most).stream().map(c -> attention(c, now)).toList(),
                workload(department));
    }

    private static DepartmentOverview.Attention attention(Case c, OffsetDateTime now) {
        return new DepartmentOverview.Attention(c.protocol().value(), c.firstContact().subject(), c.priority(),
                c.status(), c.assignee(), c.routing().escalationLevel(),
                c.sla().clocks().stream().filter(k -> k.state(now) == ClockState.BREACHED).map(k -> k.kind()).toList(),
                c.routing().legalDeadline());
    }

    /** The department's agents (present or not), each with every open case they hold. */
    private List<DepartmentOverview.Workload> workload(String department) {
        List<StaffMember> agents = staff.inDepartment(department).stream().filter(StaffMember::isAgent).toList();
        Map<String, Map<Priority, Integer>> open = new HashMap<>();
        for (AssignedOpenCases o : departmentCases.openCasesOf(agents.stream().map(StaffMember::username).toList())) {
            open.computeIfAbsent(o.assignee(), a -> byPriority()).merge(o.priority(), o.count(), Integer::sum);
        }
        return agents.stream().map(m -> new DepartmentOverview.Workload(m.username(), m.isAbsent(), m.caseCap(),
                m.skills(), open.getOrDefault(m.username(), byPriority()), m.lastSeen())).toList();
    }

    private static Map<Priority, Integer> byPriority() {
        Map<Priority, Integer> counts = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            counts.put(p, 0);
        }
        return counts;
    }
}

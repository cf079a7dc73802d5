package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.triagem.application.ActionNotPermittedException;
import org.triagem.application.Actor;
import org.triagem.application.StaffService;
import org.triagem.domain.model.staff.AssignmentMode;
import org.triagem.domain.model.staff.AssignmentStrategyKind;
import org.triagem.domain.model.staff.DepartmentAssignment;
import org.triagem.domain.model.staff.StaffDirectory;
import org.triagem.domain.model.staff.StaffMember;

/** The staff directory; supervisors manage their own departments' people and strategy, admins all. */
@ApplicationScoped
@Transactional
class DefaultStaffService implements StaffService {

    @Inject
    StaffDirectory staff;

    @Inject
    Clock clock;

    @Inject
    PushEvents pushes = PushEvents.NONE;

    @Override
    public StaffMember signedIn(Actor actor) {
        StaffMember member = staff.find(actor.username()).orElseGet(() -> {
            StaffMember created = new StaffMember(actor.username());
            staff.add(created);
            return created;
        });
        member.seen(actor.departments(), actor.has(Actor.Role.AGENT), OffsetDateTime.now(clock));
        return member;
    }

    @Override
    public List<StaffMember> department(Actor actor, String department) {
        requireSupervisor(actor, department);
        return staff.inDepartment(department);
    }

    @Override
    public StaffMember update(Actor actor, String username, Set<String> skills, Boolean absent, Integer cap) {
        StaffMember member = staff.find(username)
                .filter(m -> actor.isAdmin() || m.departments().stream().anyMatch(actor::supervises))
                .orElseThrow(() -> new ActionNotPermittedException("No staff member " + username
                        + " in a department you supervise."));
        boolean mayTakeMore = false;
        if (skills != null) {
            member.setSkills(skills);
        }
        if (absent != null) {
            mayTakeMore = member.isAbsent() && !absent;
            member.markAbsent(absent);
        }
        if (cap != null) {
            mayTakeMore |= cap > member.caseCap();
            member.limitOpenCasesTo(cap);
        }
        if (mayTakeMore) {
            pushes.offerQueues(member.departments(), OffsetDateTime.now(clock));
        }
        return member;
    }

    @Override
    public DepartmentAssignment organise(Actor actor, String department, AssignmentStrategyKind kind,
            AssignmentMode mode) {
        requireSupervisor(actor, department);
        DepartmentAssignment assignment = staff.assignmentOf(department);
        if (kind != null) {
            assignment.use(kind);
        }
        if (mode != null) {
            boolean nowPushing = mode == AssignmentMode.PUSH && !assignment.pushes();
            assignment.switchTo(mode);
            if (nowPushing) {
                pushes.offerQueues(List.of(department), OffsetDateTime.now(clock));
            }
        }
        return assignment;
    }

    @Override
    public DepartmentAssignment assignmentOf(Actor actor, String department) {
        requireSupervisor(actor, department);
        return staff.assignmentOf(department);
    }

    private static void requireSupervisor(Actor actor, String department) {
        if (!actor.supervises(department)) {
            throw new ActionNotPermittedException("Only a supervisor of " + department + " may do this.");
        }
    }
}

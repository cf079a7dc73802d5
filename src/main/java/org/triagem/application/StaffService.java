package org.triagem.application;

import java.util.List;
import java.util.Set;
import org.triagem.domain.model.staff.AssignmentStrategyKind;
import org.triagem.domain.model.staff.DepartmentAssignment;
import org.triagem.domain.model.staff.StaffMember;

/** The staff directory: sign-in bookkeeping, skills and absence, and departments' strategies. */
public interface StaffService {

    /** Records that the actor is active now (their departments and whether they are an agent). */
    StaffMember signedIn(Actor actor);

    List<StaffMember> department(Actor actor, String department);

    StaffMember update(Actor actor, String username, Set<String> skills, Boolean absent);

    DepartmentAssignment useStrategy(Actor actor, String department, AssignmentStrategyKind kind);

    DepartmentAssignment assignmentOf(Actor actor, String department);
}

package org.triagem.application;

import java.util.List;
import java.util.Set;
import org.triagem.domain.model.staff.AssignmentMode;
import org.triagem.domain.model.staff.AssignmentStrategyKind;
import org.triagem.domain.model.staff.DepartmentAssignment;
import org.triagem.domain.model.staff.StaffMember;

/**
 * The staff directory: sign-in bookkeeping, skills, absence and caps, and how departments hand out their
 * cases (pull or push, and the strategy).
 */
public interface StaffService {

    /** Records that the actor is active now (their departments and whether they are an agent). */
    StaffMember signedIn(Actor actor);

    List<StaffMember> department(Actor actor, String department);

    /**
     * Changes what a supervisor keeps about a member of their departments; a null leaves it as it is. An
     * agent back from absence, or with a higher cap, takes the oldest waiting cases of their push departments.
     *
     * @throws ActionNotPermittedException the member is in none of the actor's departments
     * @throws IllegalArgumentException a cap outside 0 to {@value StaffMember#MOST_CASE_CAP}
     */
    StaffMember update(Actor actor, String username, Set<String> skills, Boolean absent, Integer cap);

    /**
     * Sets the department's strategy and/or mode; a null leaves it as it is. Switching to push hands the
     * waiting cases to the agents with room at once.
     */
    DepartmentAssignment organise(Actor actor, String department, AssignmentStrategyKind kind, AssignmentMode mode);

    DepartmentAssignment assignmentOf(Actor actor, String department);
}

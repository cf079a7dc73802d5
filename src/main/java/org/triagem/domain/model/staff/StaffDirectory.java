package org.triagem.domain.model.staff;

import java.util.List;
import java.util.Optional;

/** Where staff members and the departments' assignment settings are kept. */
public interface StaffDirectory {

    Optional<StaffMember> find(String username);

    void add(StaffMember member);

    /** Everyone who works in the department (agents and supervisors, present or away). */
    List<StaffMember> inDepartment(String department);

    /** The department's assignment settings; a default (least-loaded) one is created on first use. */
    DepartmentAssignment assignmentOf(String department);

    /**
     * The department's assignment settings, locked until the transaction ends, when the department
     * pushes its cases; empty (and nothing locked) when it does not. Holding the lock, a push counts
     * open cases that no other node's push changes before it commits.
     */
    Optional<DepartmentAssignment> lockIfPushing(String department);
}

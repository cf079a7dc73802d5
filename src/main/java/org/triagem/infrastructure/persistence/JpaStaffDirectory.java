package org.triagem.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.triagem.domain.model.staff.AssignmentMode;
import org.triagem.domain.model.staff.AssignmentStrategyKind;
import org.triagem.domain.model.staff.DepartmentAssignment;
import org.triagem.domain.model.staff.StaffDirectory;
import org.triagem.domain.model.staff.StaffMember;

/** Staff and departments' assignment settings in the relational database. */
@ApplicationScoped
public class JpaStaffDirectory implements StaffDirectory {

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    @Override
    public Optional<StaffMember> find(String username) {
        return Optional.ofNullable(em.find(StaffMember.class, username));
    }

    @Override
    public void add(StaffMember member) {
        em.persist(member);
    }

    @Override
    public List<StaffMember> inDepartment(String department) {
        // A handful of people per installation: filtering in Java keeps the list column simple.
        return em.createQuery("SELECT s FROM StaffMember s ORDER BY s.username", StaffMember.class).getResultList()
                .stream().filter(s -> s.departments().contains(department)).toList();
    }

    @Override
    public DepartmentAssignment assignmentOf(String department) {
        DepartmentAssignment found = em.find(DepartmentAssignment.class, department);
        if (found == null) {
            found = new DepartmentAssignment(department, AssignmentStrategyKind.LEAST_LOADED);
            em.persist(found);
        }
        return found;
    }

    @Override
    public Optional<DepartmentAssignment> lockIfPushing(String department) {
        // SELECT ... FOR UPDATE on push departments' rows only: a pull department's intake locks nothing.
        return em.createQuery("SELECT a FROM DepartmentAssignment a WHERE a.department = :d AND a.mode = :push",
                DepartmentAssignment.class)
                .setParameter("d", department).setParameter("push", AssignmentMode.PUSH)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }
}

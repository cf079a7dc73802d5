package org.triagem.domain.model.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a department hands out its cases: pull or push ({@link AssignmentMode}), the strategy it chose and
 * who it picked last (round-robin continues from there). The version column serialises two assignments
 * racing in one department; a push also locks the row, so that the open cases it counts stay true
 * until it commits.
 */
@Entity
@Table(name = "department_assignment")
public class DepartmentAssignment {

    @Id
    @Column(length = 80)
    private String department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssignmentStrategyKind strategy;

    @Enumerated(EnumType.STRING)
    @Column(name = "assignment_mode", nullable = false, length = 8)
    private AssignmentMode mode = AssignmentMode.PULL;

    @Column(name = "last_assignee", length = 120)
    private String lastAssignee;

    @Version
    private long version;

    protected DepartmentAssignment() {
        // for JPA
    }

    public DepartmentAssignment(String department, AssignmentStrategyKind strategy) {
        this.department = department;
        this.strategy = strategy;
    }

    public void use(AssignmentStrategyKind kind) {
        this.strategy = kind;
    }

    /** From now on the department's cases are pulled from the queue, or pushed to its agents. */
    public void switchTo(AssignmentMode newMode) {
        this.mode = newMode;
    }

    /** Picks an agent among the candidates and remembers the pick. */
    public Optional<Candidate> pick(Set<String> caseTags, List<Candidate> candidates) {
        Optional<Candidate> chosen = candidates.isEmpty() ? Optional.empty()
                : strategy.strategy().choose(caseTags, candidates, lastAssignee);
        chosen.ifPresent(c -> lastAssignee = c.username());
        return chosen;
    }

    public String department() {
        return department;
    }

    public AssignmentStrategyKind strategy() {
        return strategy;
    }

    public AssignmentMode mode() {
        return mode;
    }

    /** Whether new and freed-up work is handed out by the strategy rather than claimed. */
    public boolean pushes() {
        return mode == AssignmentMode.PUSH;
    }
}

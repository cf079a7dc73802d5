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
 * How a department hands out its cases: the strategy it chose and who it picked last (round-robin
 * continues from there). The version column serialises two assignments racing in one department.
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
}

package org.triagem.domain.model.staff;

/** The assignment strategies a department can choose. */
public enum AssignmentStrategyKind {
    ROUND_ROBIN(new RoundRobin()),
    LEAST_LOADED(new LeastLoaded()),
    SKILLS(new SkillsMatch());

    private final AssignmentStrategy strategy;

    AssignmentStrategyKind(AssignmentStrategy strategy) {
        this.strategy = strategy;
    }

    public AssignmentStrategy strategy() {
        return strategy;
    }
}

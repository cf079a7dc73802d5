package org.triagem.domain.model.staff;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triagem.domain.model.complaint.CaseRepository.AssignedOpenCases;
import org.triagem.domain.model.complaint.Priority;

/**
 * How heavy an agent's open work is, for the least-loaded strategy: each open case weighs by its
 * priority, so that an agent holding one P1 is not handed the next case before a colleague holding
 * three P4s. Assignment policy, kept in the domain: the database only counts the cases.
 */
public final class WorkloadPolicy {

    /** A P1 weighs 4, a P2 3, a P3 2 and a P4 1. */
    public static final WorkloadPolicy BY_PRIORITY = new WorkloadPolicy(
            Map.of(Priority.P1, 4, Priority.P2, 3, Priority.P3, 2, Priority.P4, 1));

    private final Map<Priority, Integer> weights;

    private WorkloadPolicy(Map<Priority, Integer> weights) {
        this.weights = new EnumMap<>(weights);
        if (this.weights.size() != Priority.values().length) {
            throw new IllegalArgumentException("every priority needs a weight: " + weights);
        }
    }

    /** What one open case of this priority weighs. */
    public int weightOf(Priority priority) {
        return weights.get(priority);
    }

    /** Each assignee's weighted load; an agent with no open case is absent (their load is 0). */
    public Map<String, Integer> loadsOf(List<AssignedOpenCases> openCases) {
        Map<String, Integer> loads = new HashMap<>();
        openCases.forEach(o -> loads.merge(o.assignee(), weightOf(o.priority()) * o.count(), Integer::sum));
        return loads;
    }
}

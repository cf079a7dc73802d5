package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.HowAssigned;
import org.triagem.domain.model.staff.Candidate;
import org.triagem.domain.model.staff.DepartmentAssignment;
import org.triagem.domain.model.staff.StaffDirectory;
import org.triagem.domain.model.staff.WorkloadPolicy;

/**
 * Picks the agent for a case with its department's strategy, among the agents who are present, and
 * says which strategy chose them (it goes into the case's history).
 */
@ApplicationScoped
class CaseAssigner {

    /** The agent chosen and how. */
    record Choice(String agent, HowAssigned how) {
    }

    @Inject
    StaffDirectory staff;

    @Inject
    CaseRepository cases;

    Optional<Choice> choose(Case c) {
        Map<String, Integer> loads = WorkloadPolicy.BY_PRIORITY.loadsOf(cases.openCasesByAssignee(c.department()));
        List<Candidate> candidates = staff.inDepartment(c.department()).stream()
                .filter(m -> m.canTakeCasesOf(c.department()))
                .map(m -> new Candidate(m.username(), m.skills(), loads.getOrDefault(m.username(), 0)))
                .toList();
        DepartmentAssignment assignment = staff.assignmentOf(c.department());
        return assignment.pick(c.routing().tags(), candidates)
                .map(chosen -> new Choice(chosen.username(), HowAssigned.byStrategy(assignment.strategy().toString(),
                        candidates.size(), chosen.weightedLoad())));
    }
}

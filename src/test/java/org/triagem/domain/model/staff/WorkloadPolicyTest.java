package org.triagem.domain.model.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.CaseRepository.AssignedOpenCases;
import org.triagem.domain.model.complaint.Priority;

class WorkloadPolicyTest {

    private final WorkloadPolicy policy = WorkloadPolicy.BY_PRIORITY;

    @Test
    void aP1WeighsFourAndAP4One() {
        assertThat(List.of(Priority.values())).extracting(policy::weightOf).containsExactly(4, 3, 2, 1);
    }

    @Test
    void anAgentsLoadIsTheSumOfTheirOpenCasesByWeight() {
        var loads = policy.loadsOf(List.of(
                new AssignedOpenCases("fabio", Priority.P1, 1),
                new AssignedOpenCases("fabio", Priority.P4, 2),
                new AssignedOpenCases("fernanda", Priority.P3, 2)));

        assertThat(loads).containsOnlyKeys("fabio", "fernanda").containsEntry("fabio", 6).containsEntry("fernanda", 4);
    }

    @Test
    void oneUrgentCaseOutweighsThreeRoutineOnes() {
        var loads = policy.loadsOf(List.of(
                new AssignedOpenCases("fabio", Priority.P1, 1),
                new AssignedOpenCases("fernanda", Priority.P4, 3)));

        Candidate fabio = new Candidate("fabio", java.util.Set.of(), loads.get("fabio"));
        Candidate fernanda = new Candidate("fernanda", java.util.Set.of(), loads.get("fernanda"));
        assertThat(new LeastLoaded().choose(java.util.Set.of(), List.of(fabio, fernanda), null)).contains(fernanda);
    }
}

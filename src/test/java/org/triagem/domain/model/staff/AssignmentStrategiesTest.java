package org.triagem.domain.model.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each assignment strategy alone, then through a department's settings. */
class AssignmentStrategiesTest {

    private static final Candidate ANA = new Candidate("ana", Set.of("cartao"), 6);
    private static final Candidate BIA = new Candidate("bia", Set.of("boleto", "pix"), 2);
    private static final Candidate CAIO = new Candidate("caio", Set.of(), 2);
    private static final List<Candidate> TEAM = List.of(CAIO, ANA, BIA);

    private static String pick(AssignmentStrategyKind kind, Set<String> tags, String last) {
        return kind.strategy().choose(tags, TEAM, last).map(Candidate::username).orElseThrow();
    }

    @Test
    void roundRobinTakesTheNextNameAfterTheLastPickAndWrapsAround() {
        assertThat(pick(AssignmentStrategyKind.ROUND_ROBIN, Set.of(), null)).isEqualTo("ana");
        assertThat(pick(AssignmentStrategyKind.ROUND_ROBIN, Set.of(), "ana")).isEqualTo("bia");
        assertThat(pick(AssignmentStrategyKind.ROUND_ROBIN, Set.of(), "bia")).isEqualTo("caio");
        assertThat(pick(AssignmentStrategyKind.ROUND_ROBIN, Set.of(), "caio")).isEqualTo("ana");
        // the last pick went away since: the turn goes on after their name
        assertThat(pick(AssignmentStrategyKind.ROUND_ROBIN, Set.of(), "beto")).isEqualTo("bia");
    }

    @Test
    void leastLoadedTakesTheLightestWeightedLoadAndBreaksTiesByName() {
        assertThat(pick(AssignmentStrategyKind.LEAST_LOADED, Set.of(), null)).isEqualTo("bia");
        Candidate idle = new Candidate("zeca", Set.of(), 0);
        assertThat(AssignmentStrategyKind.LEAST_LOADED.strategy().choose(Set.of(), List.of(ANA, BIA, idle), "zeca"))
                .map(Candidate::username).contains("zeca");
    }

    @Test
    void skillsTakeTheBestMatchOfTagsToSkillsEvenWhenMoreLoaded() {
        assertThat(pick(AssignmentStrategyKind.SKILLS, Set.of("cartao"), null)).isEqualTo("ana");
        assertThat(pick(AssignmentStrategyKind.SKILLS, Set.of("PIX", "boleto"), null)).isEqualTo("bia");
    }

    @Test
    void skillsFallBackToTheLeastLoadedWhenNobodyMatches() {
        assertThat(pick(AssignmentStrategyKind.SKILLS, Set.of("juridico"), null)).isEqualTo("bia");
    }

    @Test
    void aDepartmentRemembersItsLastPickForTheNextRound() {
        DepartmentAssignment financeiro = new DepartmentAssignment("Financeiro", AssignmentStrategyKind.ROUND_ROBIN);
        assertThat(financeiro.pick(Set.of(), TEAM)).map(Candidate::username).contains("ana");
        assertThat(financeiro.pick(Set.of(), TEAM)).map(Candidate::username).contains("bia");
        assertThat(financeiro.pick(Set.of(), TEAM)).map(Candidate::username).contains("caio");
        assertThat(financeiro.pick(Set.of(), TEAM)).map(Candidate::username).contains("ana");
    }

    @Test
    void nobodyPresentMeansNoPick() {
        DepartmentAssignment empty = new DepartmentAssignment("Jurídico", AssignmentStrategyKind.LEAST_LOADED);
        assertThat(empty.pick(Set.of(), List.of())).isEqualTo(Optional.empty());
    }

    @Test
    void absentAgentsAndOtherDepartmentsPeopleCannotTakeCases() {
        StaffMember bia = new StaffMember("bia");
        bia.seen(Set.of("Financeiro"), true, null);
        assertThat(bia.canTakeCasesOf("Financeiro")).isTrue();
        assertThat(bia.canTakeCasesOf("Logística")).isFalse();
        bia.markAbsent(true);
        assertThat(bia.canTakeCasesOf("Financeiro")).isFalse();
        StaffMember supervisor = new StaffMember("sofia");
        supervisor.seen(Set.of("Financeiro"), false, null);
        assertThat(supervisor.canTakeCasesOf("Financeiro")).isFalse();
    }
}

package org.triagem.domain.model.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.CaseRepository.AssignedOpenCases;
import org.triagem.domain.model.complaint.Priority;

/** The push choice: who may be pushed a case (present agents under their cap), and in which order. */
class PushRosterTest {

    private static final String SUPORTE = "Suporte Técnico";
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T09:00-03:00");

    private static StaffMember agent(String name, int cap, String... skills) {
        StaffMember m = new StaffMember(name);
        m.seen(List.of(SUPORTE), true, NOW);
        m.limitOpenCasesTo(cap);
        m.setSkills(List.of(skills));
        return m;
    }

    private static DepartmentAssignment department(AssignmentStrategyKind kind) {
        DepartmentAssignment a = new DepartmentAssignment(SUPORTE, kind);
        a.switchTo(AssignmentMode.PUSH);
        return a;
    }

    private static Optional<String> next(PushRoster roster, DepartmentAssignment a, Set<String> tags) {
        return roster.pick(a, tags, Priority.P3, "on arrival").map(PushRoster.Pick::agent);
    }

    @Test
    void anAgentAtTheirCapIsPassedOverAndWithEverybodyAtTheirCapTheCaseWaits() {
        PushRoster roster = PushRoster.of(SUPORTE, List.of(agent("ana", 2), agent("bia", 5)),
                List.of(new AssignedOpenCases("ana", Priority.P4, 2), new AssignedOpenCases("bia", Priority.P4, 4)));
        DepartmentAssignment a = department(AssignmentStrategyKind.ROUND_ROBIN);

        assertThat(roster.room()).isEqualTo(1);
        assertThat(next(roster, a, Set.of())).contains("bia");
        assertThat(roster.room()).isZero();
        assertThat(next(roster, a, Set.of())).isEmpty();
    }

    @Test
    void openCasesInOtherDepartmentsCountAgainstTheCap() {
        // The database counts every open case of the person; the roster does not ask where they are.
        PushRoster roster = PushRoster.of(SUPORTE, List.of(agent("ana", 3)),
                List.of(new AssignedOpenCases("ana", Priority.P2, 1), new AssignedOpenCases("ana", Priority.P4, 2)));

        assertThat(next(roster, department(AssignmentStrategyKind.LEAST_LOADED), Set.of())).isEmpty();
    }

    @Test
    void absentAgentsSupervisorsAndOtherDepartmentsStaffAreNeverPushedACase() {
        StaffMember away = agent("ana", 10);
        away.markAbsent(true);
        StaffMember supervisor = new StaffMember("sergio");
        supervisor.seen(List.of(SUPORTE), false, NOW);
        StaffMember elsewhere = new StaffMember("lucas");
        elsewhere.seen(List.of("Logística"), true, NOW);
        PushRoster roster = PushRoster.of(SUPORTE, List.of(away, supervisor, elsewhere, agent("bia", 1)), List.of());
        DepartmentAssignment a = department(AssignmentStrategyKind.ROUND_ROBIN);

        assertThat(next(roster, a, Set.of())).contains("bia");
        assertThat(next(roster, a, Set.of())).isEmpty();
    }

    @Test
    void aCapOfZeroTakesNothing() {
        PushRoster roster = PushRoster.of(SUPORTE, List.of(agent("ana", 0)), List.of());
        assertThat(next(roster, department(AssignmentStrategyKind.LEAST_LOADED), Set.of())).isEmpty();
    }

    @Test
    void roundRobinTakesTurnsInNameOrderAndSkipsWhoeverIsFull() {
        PushRoster roster = PushRoster.of(SUPORTE, List.of(agent("caio", 5), agent("ana", 1), agent("bia", 5)),
                List.of());
        DepartmentAssignment a = department(AssignmentStrategyKind.ROUND_ROBIN);
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            order.add(next(roster, a, Set.of()).orElseThrow());
        }
        assertThat(order).containsExactly("ana", "bia", "caio", "bia", "caio");
    }

    @Test
    void leastLoadedWeighsTheOpenCasesByPriorityAndCountsEachPick() {
        // ana holds one P1 (weight 4), bia three P4s (weight 3): bia is the lighter, until she takes a P3.
        PushRoster roster = PushRoster.of(SUPORTE, List.of(agent("ana", 10), agent("bia", 10)),
                List.of(new AssignedOpenCases("ana", Priority.P1, 1), new AssignedOpenCases("bia", Priority.P4, 3)));
        DepartmentAssignment a = department(AssignmentStrategyKind.LEAST_LOADED);

        assertThat(next(roster, a, Set.of())).contains("bia");
        assertThat(next(roster, a, Set.of())).contains("ana");
    }

    @Test
    void skillsGoFirstAndTheSpecialistAtTheirCapLeavesTheCaseToTheOthers() {
        PushRoster roster = PushRoster.of(SUPORTE, List.of(agent("ana", 1, "celular"), agent("bia", 5)), List.of());
        DepartmentAssignment a = department(AssignmentStrategyKind.SKILLS);

        assertThat(next(roster, a, Set.of("celular"))).contains("ana");
        assertThat(next(roster, a, Set.of("celular"))).contains("bia");
    }

    @Test
    void aHundredCasesFillEveryPresentAgentExactlyToTheCapAndTheRestWait() {
        StaffMember away = agent("dora", 50);
        away.markAbsent(true);
        PushRoster roster = PushRoster.of(SUPORTE, List.of(agent("ana", 30), agent("bia", 25), agent("caio", 20), away),
                List.of(new AssignedOpenCases("caio", Priority.P2, 5)));
        DepartmentAssignment a = department(AssignmentStrategyKind.LEAST_LOADED);
        Map<String, Integer> taken = new TreeMap<>();
        int waiting = 0;
        for (int i = 0; i < 100; i++) {
            Optional<String> agent = next(roster, a, Set.of());
            if (agent.isPresent()) {
                taken.merge(agent.get(), 1, Integer::sum);
            } else {
                waiting++;
            }
        }
        assertThat(taken).containsExactlyInAnyOrderEntriesOf(Map.of("ana", 30, "bia", 25, "caio", 15));
        assertThat(waiting).isEqualTo(30);
    }

    @Test
    void theHistorySaysHowTheAgentWasChosen() {
        PushRoster roster = PushRoster.of(SUPORTE, List.of(agent("ana", 4)),
                List.of(new AssignedOpenCases("ana", Priority.P3, 1)));
        String how = roster.pick(department(AssignmentStrategyKind.LEAST_LOADED), Set.of(), Priority.P3, "on arrival")
                .orElseThrow().how();
        assertThat(how).isEqualTo("assigned on arrival by strategy LEAST_LOADED (1 agent(s) under their cap; 1 of 4 open,"
                + " load 2)");
    }
}

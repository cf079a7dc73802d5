package org.triagem.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseEvent;
import org.triagem.domain.model.complaint.CaseStatus;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.DepartmentCases;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.complaint.Resolution;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.sla.SlaTargets;
import org.triagem.domain.model.staff.AssignmentMode;
import org.triagem.domain.model.staff.AssignmentStrategyKind;
import org.triagem.domain.model.staff.DepartmentAssignment;
import org.triagem.domain.model.staff.StaffDirectory;
import org.triagem.domain.model.staff.StaffMember;

/** When push assignment acts, what it locks, and what the cases' histories say. */
class PushAssignmentTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T09:00-03:00");
    private static final String SUPORTE = "Suporte Técnico";
    private static final String FINANCEIRO = "Financeiro";

    private final List<String> locked = new ArrayList<>();
    private final Map<String, DepartmentAssignment> pushing = Map.of(
            SUPORTE, push(SUPORTE), FINANCEIRO, push(FINANCEIRO));
    private final List<StaffMember> people = List.of(agent("ana", SUPORTE, 2), agent("fabio", FINANCEIRO, 5));
    private final List<Case> waitingInSuporte = new ArrayList<>();
    private int sequence;

    private static DepartmentAssignment push(String department) {
        DepartmentAssignment a = new DepartmentAssignment(department, AssignmentStrategyKind.LEAST_LOADED);
        a.switchTo(AssignmentMode.PUSH);
        return a;
    }

    private static StaffMember agent(String name, String department, int cap) {
        StaffMember m = new StaffMember(name);
        m.seen(List.of(department), true, NOW);
        m.limitOpenCasesTo(cap);
        return m;
    }

    private Case open(String department) {
        IncomingContact contact = new IncomingContact(Channel.WEB_FORM, null,
                new Customer(null, "cliente" + sequence + "@example.com", null, null), "Assunto", "Texto", null);
        RoutingDecision decision = new RoutingDecision("Defeito", Set.of(), department, Priority.P3,
                new SlaTargets(240, 1440, 7), "v1", List.of(), null);
        return Case.open(ProtocolNumber.issue(2026, ++sequence), contact, decision, ClockSettings.standard(), NOW);
    }

    private PushAssignment pushes(Set<String> pushDepartments, Map<String, Integer> openCases) {
        PushAssignment p = new PushAssignment();
        p.staff = stub(StaffDirectory.class, Map.of(
                "lockIfPushing", args -> {
                    locked.add((String) args[0]);
                    return Optional.ofNullable(pushDepartments.contains(args[0]) ? pushing.get(args[0]) : null);
                },
                "inDepartment", args -> people.stream().filter(m -> m.departments().contains(args[0])).toList()));
        p.departmentCases = stub(DepartmentCases.class, Map.of(
                "openCasesOf", args -> openCases.entrySet().stream().map(e -> new org.triagem.domain.model.complaint
                        .CaseRepository.AssignedOpenCases(e.getKey(), Priority.P3, e.getValue())).toList(),
                "oldestWaiting", args -> waitingInSuporte.stream().limit((Integer) args[1]).toList()));
        return p;
    }

    private static String lastAssignment(Case c) {
        return c.history().stream().filter(e -> e.type() == CaseEvent.Type.ASSIGNMENT).reduce((a, b) -> b)
                .map(e -> e.actor() + ": " + e.detail()).orElse("none");
    }

    @Test
    void newCasesInAPushDepartmentGoToItsAgentsUpToTheCapAndTheRestWaitInTheQueue() {
        List<Case> arrivals = List.of(open(SUPORTE), open(SUPORTE), open(SUPORTE));

        pushes(Set.of(SUPORTE), Map.of()).arrived(arrivals, NOW);

        assertThat(arrivals).extracting(Case::assignee).containsExactly("ana", "ana", null);
        assertThat(arrivals).extracting(Case::status)
                .containsExactly(CaseStatus.ASSIGNED, CaseStatus.ASSIGNED, CaseStatus.NEW);
        assertThat(lastAssignment(arrivals.get(1)))
                .isEqualTo("system: assigned on arrival by strategy LEAST_LOADED (1 agent(s) under their cap;"
                        + " 1 of 2 open, load 2)");
        assertThat(locked).containsExactly(SUPORTE);
    }

    @Test
    void aPullDepartmentsCasesStayInTheQueueAndNobodysWorkIsCounted() {
        Case arrival = open(FINANCEIRO);

        // openCasesOf is not stubbed: asking it would fail the test
        PushAssignment p = pushes(Set.of(), Map.of());
        p.departmentCases = stub(DepartmentCases.class, Map.of());
        p.arrived(List.of(arrival), NOW);

        assertThat(arrival.assignee()).isNull();
        assertThat(arrival.status()).isEqualTo(CaseStatus.NEW);
    }

    @Test
    void aResolvedCaseFreesItsAgentWhoTakesTheOldestWaitingCase() {
        Case resolved = open(SUPORTE);
        resolved.claim("ana", NOW);
        Case oldest = open(SUPORTE);
        Case newer = open(SUPORTE);
        waitingInSuporte.addAll(List.of(oldest, newer));
        resolved.resolve("ana", new Resolution("TROCA", "defeito", null), NOW);

        // ana still holds one other open case (the database counts it after the resolution): room for one
        pushes(Set.of(SUPORTE), Map.of("ana", 1)).afterChange(resolved, SUPORTE, "ana", NOW);

        assertThat(oldest.assignee()).isEqualTo("ana");
        assertThat(lastAssignment(oldest)).startsWith("system: assigned from the queue by strategy LEAST_LOADED");
        assertThat(newer.assignee()).isNull();
    }

    @Test
    void aTransferBetweenTwoPushDepartmentsLocksThemInNameOrderAndHandsTheCaseOutOnArrival() {
        Case moved = open(SUPORTE);
        moved.claim("ana", NOW);
        Case waiting = open(SUPORTE);
        waitingInSuporte.add(waiting);
        moved.transferTo(FINANCEIRO, null, "é cobrança", "ana", ClockSettings.standard(), NOW);

        pushes(Set.of(SUPORTE, FINANCEIRO), Map.of()).afterChange(moved, SUPORTE, "ana", NOW);

        assertThat(locked).containsExactly(FINANCEIRO, SUPORTE);
        assertThat(moved.assignee()).isEqualTo("fabio");
        assertThat(moved.status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(waiting.assignee()).isEqualTo("ana");
    }

    @Test
    void workOnACaseThatStaysWithItsAgentTouchesNoDepartment() {
        Case worked = open(SUPORTE);
        worked.claim("ana", NOW);

        pushes(Set.of(SUPORTE), Map.of()).afterChange(worked, SUPORTE, "ana", NOW);

        assertThat(locked).isEmpty();
    }

    /** A port answering only what the test names; any other question fails, a void method does nothing. */
    private static <T> T stub(Class<T> port, Map<String, Function<Object[], Object>> answers) {
        InvocationHandler handler = (proxy, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer != null) {
                return answer.apply(args);
            }
            if (method.getReturnType() == void.class) {
                return null;
            }
            throw new UnsupportedOperationException(port.getSimpleName() + "." + method.getName());
        };
        return port.cast(Proxy.newProxyInstance(PushAssignmentTest.class.getClassLoader(), new Class<?>[] {port}, handler));
    }
}

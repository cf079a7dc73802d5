package org.triagem.domain.model.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.SlaTargets;

/**
 * Every action in every status: the legal ones move the case where DESIGN.md says, the illegal ones
 * are refused naming the status and leave the case exactly as it was.
 */
class CaseStateMachineTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(-3));
    private static int sequence = 100;

    /** The expected lifecycle, written out by hand (not derived from the code under test). */
    private static final Map<CaseStatus, Map<CaseAction, CaseStatus>> LEGAL = new EnumMap<>(CaseStatus.class);

    static {
        for (CaseStatus s : CaseStatus.values()) {
            LEGAL.put(s, new EnumMap<>(CaseAction.class));
        }
        for (CaseStatus open : List.of(CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS,
                CaseStatus.PENDING_CUSTOMER, CaseStatus.REOPENED)) {
            LEGAL.get(open).put(CaseAction.TRANSFER, CaseStatus.NEW);
            LEGAL.get(open).put(CaseAction.RESOLVE, CaseStatus.RESOLVED);
            LEGAL.get(open).put(CaseAction.MERGE, CaseStatus.MERGED);
            LEGAL.get(open).put(CaseAction.MARK_DUPLICATE, CaseStatus.DUPLICATE);
            LEGAL.get(open).put(CaseAction.ASSIGN, open == CaseStatus.NEW || open == CaseStatus.REOPENED
                    ? CaseStatus.ASSIGNED : open);
        }
        LEGAL.get(CaseStatus.NEW).put(CaseAction.CLAIM, CaseStatus.ASSIGNED);
        LEGAL.get(CaseStatus.REOPENED).put(CaseAction.CLAIM, CaseStatus.ASSIGNED);
        LEGAL.get(CaseStatus.ASSIGNED).put(CaseAction.UNASSIGN, CaseStatus.NEW);
        LEGAL.get(CaseStatus.IN_PROGRESS).put(CaseAction.UNASSIGN, CaseStatus.NEW);
        LEGAL.get(CaseStatus.REOPENED).put(CaseAction.UNASSIGN, CaseStatus.NEW);
        LEGAL.get(CaseStatus.NEW).put(CaseAction.START, CaseStatus.IN_PROGRESS);
        LEGAL.get(CaseStatus.ASSIGNED).put(CaseAction.START, CaseStatus.IN_PROGRESS);
        LEGAL.get(CaseStatus.REOPENED).put(CaseAction.START, CaseStatus.IN_PROGRESS);
        LEGAL.get(CaseStatus.PENDING_CUSTOMER).put(CaseAction.START, CaseStatus.IN_PROGRESS);
        LEGAL.get(CaseStatus.IN_PROGRESS).put(CaseAction.PENDING_CUSTOMER, CaseStatus.PENDING_CUSTOMER);
        LEGAL.get(CaseStatus.RESOLVED).put(CaseAction.CLOSE, CaseStatus.CLOSED);
        LEGAL.get(CaseStatus.RESOLVED).put(CaseAction.REOPEN, CaseStatus.REOPENED);
    }

    static Stream<Arguments> everyStatusAndAction() {
        List<Arguments> all = new ArrayList<>();
        for (CaseStatus s : CaseStatus.values()) {
            if (s == CaseStatus.DUPLICATE) {
                continue; // no action leads there; it accepts none (tested below)
            }
            for (CaseAction a : CaseAction.values()) {
                all.add(Arguments.of(s, a));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyStatusAndAction")
    void eachActionIsLegalExactlyWhereTheLifecycleSays(CaseStatus status, CaseAction action) {
        Case c = caseIn(status);
        CaseStatus expected = LEGAL.get(status).get(action);
        if (expected != null) {
            apply(c, action);
            assertThat(c.status()).isEqualTo(expected);
            assertThat(c.history()).last().satisfies(e -> assertThat(e.actor()).isEqualTo("ana"));
        } else {
            int historyBefore = c.history().size();
            assertThatThrownBy(() -> apply(c, action))
                    .isInstanceOfSatisfying(IllegalCaseActionException.class, e -> {
                        assertThat(e.status()).isEqualTo(status);
                        assertThat(e.getMessage()).contains(status.name()).contains(action.slug());
                        assertThat(e.allowed()).isEqualTo(LEGAL.get(status).isEmpty() ? EnumSet.noneOf(CaseAction.class)
                                : EnumSet.copyOf(LEGAL.get(status).keySet()));
                    });
            assertThat(c.status()).isEqualTo(status);
            assertThat(c.history()).hasSize(historyBefore);
        }
    }

    @Test
    void terminalStatusesAcceptNoAction() {
        for (CaseStatus s : Set.of(CaseStatus.CLOSED, CaseStatus.MERGED, CaseStatus.DUPLICATE)) {
            assertThat(CaseAction.allowedIn(s)).as(s.name()).isEmpty();
        }
    }

    @Test
    void everyStatusChangeAnActionMakesIsAStatusSuccessor() {
        LEGAL.forEach((from, actions) -> actions.values().stream().filter(to -> to != from)
                .forEach(to -> assertThat(from.canMoveTo(to)).as(from + " → " + to).isTrue()));
    }

    @Test
    void actionSlugsRoundTrip() {
        for (CaseAction a : CaseAction.values()) {
            assertThat(CaseAction.fromSlug(a.slug())).contains(a);
        }
        assertThat(CaseAction.fromSlug("pending-customer")).contains(CaseAction.PENDING_CUSTOMER);
        assertThat(CaseAction.fromSlug("delete")).isEmpty();
    }

    private static void apply(Case c, CaseAction action) {
        OffsetDateTime at = T0.plusHours(5);
        switch (action) {
            case CLAIM -> c.claim("ana", at);
            case ASSIGN -> c.assignTo("bia", "ana", HowAssigned.bySupervisor("ana"), at);
            case UNASSIGN -> c.unassign("ana", at);
            case START -> c.startWork("ana", ClockSettings.standard(), at);
            case TRANSFER -> c.transferTo("Logística", null, "é entrega", "ana", ClockSettings.standard(), at);
            case PENDING_CUSTOMER -> c.awaitCustomer("ana", at);
            case RESOLVE -> c.resolve("ana", new Resolution("ESTORNO", "sistema", null), at);
            case CLOSE -> c.close("ana", at);
            case REOPEN -> c.reopen("ana", ClockSettings.standard(), at);
            case MERGE -> c.merge().into(openCase(), "ana", at);
            case MARK_DUPLICATE -> c.merge().markDuplicateOf(openCase(), "ana", at);
        }
    }

    static Case caseIn(CaseStatus status) {
        Case c = openCase();
        OffsetDateTime t = T0.plusMinutes(1);
        switch (status) {
            case NEW -> { }
            case ASSIGNED -> c.claim("ana", t);
            case IN_PROGRESS -> {
                c.claim("ana", t);
                c.startWork("ana", ClockSettings.standard(), t);
            }
            case PENDING_CUSTOMER -> {
                c.claim("ana", t);
                c.startWork("ana", ClockSettings.standard(), t);
                c.awaitCustomer("ana", t);
            }
            case RESOLVED -> c.resolve("ana", new Resolution("OK", "outros", null), t);
            case REOPENED -> {
                c.resolve("ana", new Resolution("OK", "outros", null), t);
                c.reopen("ana", ClockSettings.standard(), t);
            }
            case CLOSED -> {
                c.resolve("ana", new Resolution("OK", "outros", null), t);
                c.close("ana", t);
            }
            case MERGED -> c.merge().into(openCase(), "ana", t);
            case DUPLICATE -> c.merge().markDuplicateOf(openCase(), "ana", t);
        }
        assertThat(c.status()).isEqualTo(status);
        return c;
    }

    static Case openCase() {
        IncomingContact contact = new IncomingContact(Channel.WEB_FORM, null,
                new Customer("Maria", "maria@example.com", null, null), "Cobrança", "Cobrança em dobro", null);
        RoutingDecision decision = new RoutingDecision("Cobrança", Set.of("cartao"), "Financeiro", Priority.P3,
                new SlaTargets(240, 1440, 7), "v1", List.of("Charges go to Financeiro"), null);
        return Case.open(ProtocolNumber.issue(2026, sequence++), contact, decision, ClockSettings.standard(), T0);
    }
}

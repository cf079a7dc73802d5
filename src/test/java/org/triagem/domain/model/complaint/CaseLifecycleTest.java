package org.triagem.domain.model.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.SlaTargets;

class CaseLifecycleTest {

    private static final OffsetDateTime MONDAY_9AM = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(-3));

    private static Case openCase() {
        IncomingContact contact = new IncomingContact(Channel.WEB_FORM, null,
                new Customer("Maria", "maria@example.com", null, null), "Cobrança", "Cobrança em dobro", null);
        RoutingDecision decision = new RoutingDecision("billing", Set.of("charge"), "Financeiro", Priority.P2,
                new SlaTargets(240, 1440, 7), "sha256:abc", List.of("Charges go to Financeiro"), null);
        return Case.open(ProtocolNumber.issue(2026, 42), contact, decision, ClockSettings.standard(), MONDAY_9AM);
    }

    private static List<CaseEvent> statusSteps(Case c) {
        return c.history().stream().filter(e -> e.type() == CaseEvent.Type.OPENED
                || e.type() == CaseEvent.Type.STATUS_CHANGED).toList();
    }

    @Test
    void opensAsNewWithTheRoutingDecisionAndItsExplanation() {
        Case c = openCase();
        assertThat(c.status()).isEqualTo(CaseStatus.NEW);
        assertThat(c.department()).isEqualTo("Financeiro");
        assertThat(c.priority()).isEqualTo(Priority.P2);
        assertThat(c.routing().ruleSetVersion()).isEqualTo("sha256:abc");
        assertThat(c.routing().firedRules()).containsExactly("Charges go to Financeiro");
        assertThat(c.routing().isFallback()).isFalse();
        assertThat(c.history()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(CaseEvent.Type.OPENED);
            assertThat(e.after()).isEqualTo(CaseStatus.NEW);
        });
    }

    @Test
    void legalDeadlineIsSevenCalendarDaysAfterOpening() {
        assertThat(openCase().routing().legalDeadline()).isEqualTo(MONDAY_9AM.plusDays(7));
    }

    @Test
    void followsTheHappyPathToClosedRecordingEveryStep() {
        Case c = openCase();
        c.claim("ana", MONDAY_9AM.plusMinutes(5));
        c.startWork("ana", ClockSettings.standard(), MONDAY_9AM.plusMinutes(6));
        c.awaitCustomer("ana", MONDAY_9AM.plusMinutes(30));
        c.startWork("ana", ClockSettings.standard(), MONDAY_9AM.plusHours(3));
        c.resolve("ana", new Resolution("ESTORNO", "cobranca-duplicada", "estorno feito"), MONDAY_9AM.plusHours(4));
        c.close(Case.SYSTEM, MONDAY_9AM.plusDays(8));
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        // The SLA clocks' own entries (paused, resumed, met) and the assignments sit between these steps.
        List<CaseEvent> steps = statusSteps(c);
        assertThat(steps).extracting(CaseEvent::after).containsExactly(CaseStatus.NEW, CaseStatus.ASSIGNED,
                CaseStatus.IN_PROGRESS, CaseStatus.PENDING_CUSTOMER, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED,
                CaseStatus.CLOSED);
        assertThat(steps.get(5).detail()).isEqualTo("resolution ESTORNO, root cause cobranca-duplicada: estorno feito");
        assertThat(steps.get(1).actor()).isEqualTo("ana");
        assertThat(c.resolutionCode()).isEqualTo("ESTORNO");
        assertThat(c.rootCause()).isEqualTo("cobranca-duplicada");
    }

    @Test
    void aResolvedCaseCanBeReopened() {
        Case c = openCase();
        c.resolve("ana", resolution("resolvido"), MONDAY_9AM.plusHours(1));
        c.reopen("customer", ClockSettings.standard(), MONDAY_9AM.plusDays(1));
        assertThat(c.status()).isEqualTo(CaseStatus.REOPENED);
        assertThat(c.status().isOpen()).isTrue();
    }

    @Test
    void aCustomerReplyIsKeptWholeAndRecordedInTheHistory() {
        Case c = openCase();
        String longReply = "Ainda não recebi o estorno. ".repeat(200);
        c.conversation().receiveFromCustomer(Channel.EMAIL, "Re: [#20260000000428]", longReply, List.of(), Duration.ofDays(7), ClockSettings.standard(),
                MONDAY_9AM.plusHours(2));

        assertThat(c.conversation().messages()).singleElement().satisfies(m -> {
            assertThat(m.body()).isEqualTo(longReply);
            assertThat(m.channel()).isEqualTo(Channel.EMAIL);
        });
        assertThat(c.history()).last().satisfies(e -> {
            assertThat(e.type()).isEqualTo(CaseEvent.Type.CUSTOMER_MESSAGE);
            assertThat(e.actor()).isEqualTo(Case.CUSTOMER);
        });
        assertThat(c.status()).isEqualTo(CaseStatus.NEW);
    }

    @Test
    void aReplyWithinTheReopenWindowReopensAResolvedCase() {
        Case c = openCase();
        c.resolve("ana", resolution("estorno feito"), MONDAY_9AM.plusHours(4));
        c.conversation().receiveFromCustomer(Channel.EMAIL, "Re:", "Não resolveu", List.of(), Duration.ofDays(7), ClockSettings.standard(), MONDAY_9AM.plusDays(6));
        assertThat(c.status()).isEqualTo(CaseStatus.REOPENED);
    }

    @Test
    void aReplyAfterTheReopenWindowIsRecordedButDoesNotReopen() {
        Case c = openCase();
        c.resolve("ana", resolution("estorno feito"), MONDAY_9AM.plusHours(4));
        c.conversation().receiveFromCustomer(Channel.EMAIL, "Re:", "Obrigado!", List.of(), Duration.ofDays(7), ClockSettings.standard(), MONDAY_9AM.plusDays(9));
        assertThat(c.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(c.conversation().messages()).hasSize(1);
    }

    @Test
    void aReplyToAClosedCaseIsRecordedAndTheCaseStaysClosed() {
        Case c = openCase();
        c.resolve("ana", resolution("ok"), MONDAY_9AM.plusHours(1));
        c.close("ana", MONDAY_9AM.plusHours(2));
        c.conversation().receiveFromCustomer(Channel.EMAIL, "Re:", "mais uma coisa", List.of(), Duration.ofDays(7), ClockSettings.standard(), MONDAY_9AM.plusHours(3));
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(c.conversation().messages()).hasSize(1);
    }

    @Test
    void rejectsResolvingAClosedCaseAndLeavesItUnchanged() {
        Case c = openCase();
        c.resolve("ana", resolution("ok"), MONDAY_9AM.plusHours(1));
        c.close("ana", MONDAY_9AM.plusHours(2));
        assertThatThrownBy(() -> c.resolve("ana", resolution("again"), MONDAY_9AM.plusHours(3)))
                .isInstanceOf(IllegalCaseActionException.class)
                .hasMessageContaining("CLOSED").hasMessageContaining("resolve");
        assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(statusSteps(c)).hasSize(3);
    }

    @Test
    void cannotWaitOnTheCustomerBeforeWorkStarts() {
        Case c = openCase();
        assertThatThrownBy(() -> c.awaitCustomer("ana", MONDAY_9AM))
                .isInstanceOf(IllegalCaseActionException.class);
    }

    @Test
    void terminalStatusesHaveNoWayOut() {
        assertThat(CaseStatus.CLOSED.successors()).isEmpty();
        assertThat(CaseStatus.MERGED.successors()).isEmpty();
        assertThat(CaseStatus.DUPLICATE.successors()).isEmpty();
    }

    private static Resolution resolution(String note) {
        return new Resolution("RESOLVIDO", "outros", note);
    }
}

package org.triagem.domain.model.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.domain.model.routing.CheckpointClock.FIRST_RESPONSE;
import static org.triagem.domain.model.routing.CheckpointClock.LEGAL;
import static org.triagem.domain.model.routing.CheckpointClock.RESOLUTION;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.routing.CheckpointClock;
import org.triagem.domain.model.routing.EscalationDecision;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.sla.ClockState;
import org.triagem.domain.model.sla.SlaCheckpoint;
import org.triagem.domain.model.sla.SlaTargets;

/** A case's SLA clocks on the default calendar (Mon-Fri 08:00-18:00, São Paulo). */
class CaseClocksTest {

    private static final ClockSettings SETTINGS = ClockSettings.standard();

    private static OffsetDateTime sp(int month, int day, int hour, int minute) {
        return OffsetDateTime.of(2026, month, day, hour, minute, 0, 0, ZoneOffset.ofHours(-3));
    }

    private static final OffsetDateTime MONDAY_9AM = sp(11, 23, 9, 0);

    private static Case openCase(OffsetDateTime at) {
        IncomingContact contact = new IncomingContact(Channel.WEB_FORM, null,
                new Customer("Maria", "maria@example.com", null, null), "Cobrança", "Cobrança em dobro", null);
        RoutingDecision decision = new RoutingDecision("billing", Set.of("charge"), "Financeiro", Priority.P3,
                new SlaTargets(240, 1440, 7), "v1", List.of(), null);
        return Case.open(ProtocolNumber.issue(2026, 42), contact, decision, SETTINGS, at);
    }

    private static List<OffsetDateTime> openCheckpointDues(Case c, CheckpointClock clock) {
        return c.sla().checkpoints().stream().filter(cp -> cp.clock() == clock && cp.isOpen())
                .sorted(java.util.Comparator.comparingInt(SlaCheckpoint::level)).map(SlaCheckpoint::dueAt).toList();
    }

    private static SlaCheckpoint checkpoint(Case c, CheckpointClock clock, int level) {
        return c.sla().checkpoints().stream().filter(cp -> cp.clock() == clock && cp.level() == level).findFirst()
                .orElseThrow();
    }

    @Test
    void startsThreeClocksDueOnTheDepartmentsCalendar() {
        Case c = openCase(MONDAY_9AM);
        assertThat(c.sla().clock(FIRST_RESPONSE).dueAt()).isEqualTo(sp(11, 23, 13, 0));
        // 1,440 business minutes: 540 on Monday, 600 on Tuesday, 300 on Wednesday.
        assertThat(c.sla().clock(RESOLUTION).dueAt()).isEqualTo(sp(11, 25, 13, 0));
        assertThat(c.sla().clock(LEGAL).dueAt()).isEqualTo(MONDAY_9AM.plusDays(7)).isEqualTo(c.routing().legalDeadline());
        assertThat(c.sla().clocks()).allSatisfy(clock -> assertThat(clock.state(MONDAY_9AM)).isEqualTo(ClockState.RUNNING));
    }

    @Test
    void placesCheckpointsAtHalfFourFifthsAndAllOfEachClock() {
        Case c = openCase(MONDAY_9AM);
        assertThat(openCheckpointDues(c, FIRST_RESPONSE))
                .containsExactly(sp(11, 23, 11, 0), sp(11, 23, 12, 12), sp(11, 23, 13, 0));
        assertThat(c.sla().checkpoints()).hasSize(9);
    }

    @Test
    void aCaseOpenedOnSaturdayNightStartsCountingOnMondayMorning() {
        Case c = openCase(sp(11, 28, 22, 0));
        assertThat(c.sla().clock(FIRST_RESPONSE).dueAt()).isEqualTo(sp(11, 30, 12, 0));
        assertThat(c.sla().clock(LEGAL).dueAt()).isEqualTo(sp(12, 5, 22, 0));
    }

    @Test
    void pausesResolutionClockWhilePendingCustomerButNotTheLegalClock() {
        Case c = openCase(MONDAY_9AM);
        c.startWork("ana", ClockSettings.standard(), MONDAY_9AM.plusMinutes(10));
        c.awaitCustomer("ana", sp(11, 23, 10, 0));

        assertThat(c.sla().clock(RESOLUTION).state(sp(11, 30, 9, 0))).isEqualTo(ClockState.PAUSED);
        assertThat(c.sla().clock(LEGAL).state(sp(11, 23, 11, 0))).isEqualTo(ClockState.RUNNING);
        assertThat(openCheckpointDues(c, RESOLUTION)).isEmpty();
        assertThat(openCheckpointDues(c, LEGAL)).hasSize(3);
        assertThat(c.history()).filteredOn(e -> e.type() == CaseEvent.Type.SLA_PAUSED).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("clocks paused: FIRST_RESPONSE, RESOLUTION"));
        assertThat(c.sla().clock(FIRST_RESPONSE).remainingMinutes(SETTINGS.calendar(), sp(11, 24, 9, 0))).isEqualTo(180);
    }

    @Test
    void resumesWhenTheCustomerAnswersMovingTheDueTimeByTheBusinessTimePaused() {
        Case c = openCase(MONDAY_9AM);
        c.startWork("ana", ClockSettings.standard(), MONDAY_9AM);
        c.awaitCustomer("ana", sp(11, 23, 10, 0));

        c.conversation().receiveFromCustomer(Channel.EMAIL, "Re: Cobrança", "segue o comprovante", List.of(),
                Duration.ofDays(7), SETTINGS, sp(11, 24, 10, 0));

        assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        // 60 of 240 minutes used before the pause; 180 left from Tuesday 10:00.
        assertThat(c.sla().clock(FIRST_RESPONSE).dueAt()).isEqualTo(sp(11, 24, 13, 0));
        assertThat(c.sla().clock(FIRST_RESPONSE).pauseCount()).isEqualTo(1);
        // 50 % (120 min) falls after the pause: 60 more minutes from Tuesday 10:00.
        assertThat(openCheckpointDues(c, FIRST_RESPONSE))
                .containsExactly(sp(11, 24, 11, 0), sp(11, 24, 12, 12), sp(11, 24, 13, 0));
        assertThat(c.sla().clock(LEGAL).dueAt()).isEqualTo(MONDAY_9AM.plusDays(7));
        assertThat(c.history()).filteredOn(e -> e.type() == CaseEvent.Type.SLA_RESUMED).hasSize(1);
    }

    @Test
    void aCheckpointAlreadyPassedBeforeThePauseFallsDueAtOnceOnResume() {
        Case c = openCase(MONDAY_9AM);
        c.startWork("ana", ClockSettings.standard(), MONDAY_9AM);
        c.awaitCustomer("ana", sp(11, 23, 11, 30));
        c.startWork("ana", SETTINGS, sp(11, 24, 9, 0));
        assertThat(openCheckpointDues(c, FIRST_RESPONSE).get(0)).isEqualTo(sp(11, 24, 9, 0));
    }

    @Test
    void theFirstStaffReplyMeetsTheFirstResponseClockOnce() {
        Case c = openCase(MONDAY_9AM);
        c.respondedToCustomer("ana", sp(11, 23, 10, 0));
        c.respondedToCustomer("bia", sp(11, 23, 11, 0));

        assertThat(c.sla().clock(FIRST_RESPONSE).state(sp(11, 24, 9, 0))).isEqualTo(ClockState.MET);
        assertThat(c.sla().clock(FIRST_RESPONSE).stoppedAt()).isEqualTo(sp(11, 23, 10, 0));
        assertThat(openCheckpointDues(c, FIRST_RESPONSE)).isEmpty();
        assertThat(c.sla().clock(RESOLUTION).state(sp(11, 23, 10, 0))).isEqualTo(ClockState.RUNNING);
        assertThat(c.history()).filteredOn(e -> e.type() == CaseEvent.Type.SLA_MET).hasSize(1);
    }

    @Test
    void aLateResolutionStaysBreached() {
        Case c = openCase(MONDAY_9AM);
        c.resolve("ana", new Resolution("ESTORNO", "cobranca-duplicada", null), sp(11, 26, 9, 0));
        assertThat(c.sla().clock(FIRST_RESPONSE).state(sp(11, 26, 9, 0))).isEqualTo(ClockState.BREACHED);
        assertThat(c.sla().clock(LEGAL).state(sp(11, 26, 9, 0))).isEqualTo(ClockState.MET);
        assertThat(c.sla().checkpoints()).noneMatch(SlaCheckpoint::isOpen);
    }

    @Test
    void showsARunningClockPastItsDueTimeAsBreachedWithNegativeTimeLeft() {
        Case c = openCase(MONDAY_9AM);
        assertThat(c.sla().clock(FIRST_RESPONSE).state(sp(11, 23, 14, 0))).isEqualTo(ClockState.BREACHED);
        assertThat(c.sla().clock(FIRST_RESPONSE).remainingMinutes(SETTINGS.calendar(), sp(11, 23, 14, 0))).isEqualTo(-60);
    }

    @Test
    void aHigherPriorityRetargetsTheClocksKeepingTheTimeUsedAndRecordsIt() {
        Case c = openCase(MONDAY_9AM);
        c.retarget(Priority.P1, "Financeiro", new SlaTargets(60, 480, 5), "ana", SETTINGS, sp(11, 23, 9, 30));

        assertThat(c.priority()).isEqualTo(Priority.P1);
        assertThat(c.sla().clock(FIRST_RESPONSE).dueAt()).isEqualTo(sp(11, 23, 10, 0));
        assertThat(c.sla().clock(RESOLUTION).dueAt()).isEqualTo(sp(11, 23, 17, 0));
        assertThat(c.routing().legalDeadline()).isEqualTo(MONDAY_9AM.plusDays(5));
        assertThat(openCheckpointDues(c, FIRST_RESPONSE)).containsExactly(sp(11, 23, 9, 30), sp(11, 23, 9, 48),
                sp(11, 23, 10, 0));
        assertThat(c.history()).last().satisfies(e -> {
            assertThat(e.type()).isEqualTo(CaseEvent.Type.SLA_RETARGETED);
            assertThat(e.detail()).contains("P3 -> P1").contains("240/1440 min, 7 d -> 60/480 min, 5 d");
        });
    }

    @Test
    void anOverdueCheckpointBreachesEscalatesAndSchedulesTheNextRepeat() {
        Case c = openCase(MONDAY_9AM);
        SlaCheckpoint overdue = checkpoint(c, FIRST_RESPONSE, 3);
        EscalationDecision decision = new EscalationDecision(c.escalation().fact(overdue));
        decision.notifySupervisor();
        decision.raisePriorityTo(Priority.P2);
        decision.moveTo("Ouvidoria");

        c.escalation().apply(overdue, decision, SETTINGS, sp(11, 23, 13, 0));

        assertThat(overdue.isOpen()).isFalse();
        assertThat(c.routing().escalationLevel()).isEqualTo(1);
        assertThat(c.priority()).isEqualTo(Priority.P2);
        assertThat(c.department()).isEqualTo("Ouvidoria");
        assertThat(c.sla().clock(FIRST_RESPONSE).state(sp(11, 23, 13, 0))).isEqualTo(ClockState.BREACHED);
        SlaCheckpoint repeat = checkpoint(c, FIRST_RESPONSE, 4);
        assertThat(repeat.dueAt()).isEqualTo(sp(11, 23, 17, 0));
        assertThat(repeat.percent()).isEqualTo(200);
        assertThat(c.history()).last().satisfies(e -> assertThat(e.detail())
                .contains("breached", "escalation level 1", "supervisor notified", "P3 -> P2", "to Ouvidoria"));
    }

    @Test
    void theEscalationLevelStopsAtThree() {
        Case c = openCase(MONDAY_9AM);
        for (int level = 1; level <= 3; level++) {
            for (CheckpointClock clock : List.of(FIRST_RESPONSE, RESOLUTION)) {
                SlaCheckpoint cp = checkpoint(c, clock, level);
                EscalationDecision d = new EscalationDecision(c.escalation().fact(cp));
                d.notifySupervisor();
                c.escalation().apply(cp, d, SETTINGS, cp.dueAt());
            }
        }
        assertThat(c.routing().escalationLevel()).isEqualTo(CaseRouting.MAX_ESCALATION_LEVEL);
    }

    @Test
    void aReopenedCaseCountsItsResolutionAndLegalClocksAgainAndCanEscalate() {
        Case c = openCase(MONDAY_9AM);
        c.claim("ana", MONDAY_9AM.plusMinutes(5));
        c.resolve("ana", new Resolution("estorno", "cobranca-indevida", null), sp(11, 23, 10, 0));
        assertThat(c.sla().clocks()).allSatisfy(clock -> assertThat(clock.isCounting()).isFalse());

        OffsetDateTime tuesday = sp(11, 24, 9, 0);
        c.reopen("customer", SETTINGS, tuesday);

        assertThat(c.sla().clock(RESOLUTION).isCounting()).isTrue();
        assertThat(c.sla().clock(RESOLUTION).dueAt()).isEqualTo(sp(11, 26, 13, 0));
        assertThat(c.sla().clock(LEGAL).dueAt()).isEqualTo(tuesday.plusDays(7)).isEqualTo(c.routing().legalDeadline());
        assertThat(c.sla().clock(FIRST_RESPONSE).isCounting()).isFalse();
        assertThat(openCheckpointDues(c, RESOLUTION)).hasSize(3).last().isEqualTo(sp(11, 26, 13, 0));
        assertThat(c.history()).last().satisfies(e -> {
            assertThat(e.type()).isEqualTo(CaseEvent.Type.SLA_RESTARTED);
            assertThat(e.detail()).contains("RESOLUTION", "LEGAL");
        });

        SlaCheckpoint overdue = checkpoint(c, RESOLUTION, 3);
        c.escalation().apply(overdue, new EscalationDecision(c.escalation().fact(overdue)), SETTINGS, overdue.dueAt());
        assertThat(c.sla().clock(RESOLUTION).isBreached()).isTrue();
    }

    @Test
    void anEscalationToAnotherDepartmentUnassignsTheCaseAsATransferDoes() {
        Case c = openCase(MONDAY_9AM);
        c.claim("ana", MONDAY_9AM.plusMinutes(5));
        c.startWork("ana", SETTINGS, MONDAY_9AM.plusMinutes(6));
        SlaCheckpoint half = checkpoint(c, FIRST_RESPONSE, 1);
        EscalationDecision stay = new EscalationDecision(c.escalation().fact(half));
        stay.notifySupervisor();
        c.escalation().apply(half, stay, SETTINGS, half.dueAt());
        assertThat(c.assignee()).isEqualTo("ana");

        SlaCheckpoint overdue = checkpoint(c, FIRST_RESPONSE, 3);
        EscalationDecision move = new EscalationDecision(c.escalation().fact(overdue));
        move.moveTo("Ouvidoria");
        c.escalation().apply(overdue, move, SETTINGS, overdue.dueAt());

        assertThat(c.department()).isEqualTo("Ouvidoria");
        assertThat(c.assignee()).isNull();
        assertThat(c.status()).isEqualTo(CaseStatus.NEW);
    }
}

package org.triagem.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.complaint.Resolution;
import org.triagem.domain.model.department.TimeMeasure;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.sla.SlaTargets;
import org.triagem.domain.model.survey.SurveyKind;

/** A case's history turned into daily deltas: each KPI event counted once, and taken back on reopen. */
class KpiIncrementsTest {

    private static final ZoneId SP = ZoneId.of("America/Sao_Paulo");
    /** 23:30 in São Paulo is already the next day in UTC: the day must be São Paulo's. */
    private static final OffsetDateTime OPENED = OffsetDateTime.of(2026, 11, 23, 23, 30, 0, 0, ZoneOffset.ofHours(-3));

    private static Case opened() {
        IncomingContact contact = new IncomingContact(Channel.EMAIL, "imap:x:1:1",
                new Customer("Maria", "maria@example.com", null, null), "Cobrança", "Cobrança em dobro", null);
        RoutingDecision decision = new RoutingDecision("billing", Set.of(), "Financeiro", Priority.P2,
                new SlaTargets(240, 1440, 7), "v1", List.of(), null);
        return Case.open(ProtocolNumber.issue(2026, 42), contact, decision, ClockSettings.standard(), OPENED);
    }

    private static Case openedWithTags(Set<String> tags) {
        IncomingContact contact = new IncomingContact(Channel.PHONE, "call:1", new Customer("Maria", null, null, null),
                "Procon", "Vou ao Procon", null);
        RoutingDecision decision = new RoutingDecision("billing", tags, "Ouvidoria", Priority.P1,
                new SlaTargets(240, 1440, 7), "v1", List.of(), null);
        return Case.open(ProtocolNumber.issue(2026, 43), contact, decision, ClockSettings.standard(), OPENED);
    }

    /** The sum of every delta of the transactions (history marks) given, per counter. */
    private static Map<Counter, Long> sum(Collection<KpiDelta> deltas) {
        Map<Counter, Long> sums = new EnumMap<>(Counter.class);
        deltas.forEach(d -> d.counters().forEach((c, v) -> sums.merge(c, v, Long::sum)));
        sums.values().removeIf(v -> v == 0);
        return sums;
    }

    private static Collection<KpiDelta> since(Case c, int mark) {
        return KpiIncrements.of(c, mark, SP, TimeMeasure.CALENDAR);
    }

    @Test
    void anOpeningCountsOnTheDeskDayNotTheUtcDay() {
        Collection<KpiDelta> deltas = since(opened(), 0);

        assertThat(deltas).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo(new KpiKey(LocalDate.of(2026, 11, 23), "Financeiro", "EMAIL", "billing", "P2"));
            // the contact that opened the case is priced by the cost estimate
            assertThat(d.counters()).isEqualTo(Map.of(Counter.OPENED, 1L, Counter.CONTACTS, 1L));
        });
    }

    @Test
    void onlyTheFirstStaffReplyIsTheFirstResponseAndANoteIsNone() {
        Case c = opened();
        int mark = c.history().size();
        c.conversation().addInternalNote("ana", "ver com o financeiro", OPENED.plusMinutes(5));
        c.conversation().replyToCustomer("ana", "Verificando.", Channel.EMAIL, "<r1@t>", OPENED.plusMinutes(45));
        c.conversation().replyToCustomer("ana", "Estornado.", Channel.EMAIL, "<r2@t>", OPENED.plusMinutes(90));

        Map<Counter, Long> counted = sum(since(c, mark));

        assertThat(counted).containsEntry(Counter.FIRST_RESPONSES, 1L)
                .containsEntry(Counter.FIRST_RESPONSE_MINUTES, 45L)
                .containsEntry(Counter.FIRST_RESPONSE_BUSINESS_MINUTES, 45L)
                // the first-response clock stopped with the first reply, 45 min into a 240 min target
                .containsEntry(Counter.FIRST_RESPONSE_MET, 1L);
        assertThat(counted).doesNotContainKey(Counter.OPENED);
    }

    @Test
    void aReopenTakesBackTheResolutionAndTheOneTouchAndTheLaterResolutionCounts() {
        Case c = opened();
        c.conversation().replyToCustomer("ana", "Estornado.", Channel.EMAIL, "<r1@t>", OPENED.plusMinutes(30));
        int beforeResolve = c.history().size();
        c.resolve("ana", new Resolution("RESOLVIDO", "cobranca", null), OPENED.plusMinutes(60));
        Map<Counter, Long> first = sum(since(c, beforeResolve));
        // one reply, then resolved: a one-touch first resolution at 60 minutes
        assertThat(first).containsEntry(Counter.FIRST_RESOLUTIONS, 1L).containsEntry(Counter.ONE_TOUCH, 1L)
                .containsEntry(Counter.RESOLVED, 1L).containsEntry(Counter.RESOLUTION_MINUTES, 60L)
                .containsEntry(Counter.FIRST_RESOLUTION_MINUTES, 60L);
        assertThat(since(c, beforeResolve)).flatExtracting(d -> d.rootCauses().entrySet()).containsExactly(
                Map.entry("cobranca", 1L));

        int beforeReopen = c.history().size();
        c.conversation().receiveFromCustomer(Channel.EMAIL, "Re: Cobrança", "Não foi estornado", List.of(), Duration.ofDays(7),
                ClockSettings.standard(), OPENED.plusMinutes(120));
        assertThat(since(c, beforeReopen)).flatExtracting(d -> d.rootCauses().values()).containsExactly(-1L);
        Map<Counter, Long> reopened = sum(since(c, beforeReopen));
        // the reopening message is a contact; the resolution's requester wait goes with it
        assertThat(reopened).isEqualTo(Map.of(Counter.RESOLVED, -1L, Counter.RESOLUTION_MINUTES, -60L,
                Counter.RESOLUTION_BUSINESS_MINUTES, -60L, Counter.REOPENED, 1L, Counter.ONE_TOUCH, -1L,
                Counter.REQUESTER_WAITS, -1L, Counter.REQUESTER_WAIT_MINUTES, -60L, Counter.CONTACTS, 1L));

        int beforeSecond = c.history().size();
        c.resolve("ana", new Resolution("RESOLVIDO", "cobranca", null), OPENED.plusMinutes(180));
        Map<Counter, Long> second = sum(since(c, beforeSecond));
        // the later resolution is the full resolution; the first resolution is not counted again
        assertThat(second).containsEntry(Counter.RESOLVED, 1L).containsEntry(Counter.RESOLUTION_MINUTES, 180L)
                .doesNotContainKeys(Counter.FIRST_RESOLUTIONS, Counter.ONE_TOUCH);

        Map<Counter, Long> all = sum(since(c, 0));
        assertThat(all).containsEntry(Counter.OPENED, 1L).containsEntry(Counter.RESOLVED, 1L)
                .containsEntry(Counter.RESOLUTION_MINUTES, 180L).containsEntry(Counter.FIRST_RESOLUTIONS, 1L)
                .containsEntry(Counter.REOPENED, 1L).doesNotContainKey(Counter.ONE_TOUCH);
    }

    @Test
    void aResolutionStopsEveryRunningClockOnce() {
        Case c = opened();
        int mark = c.history().size();
        c.resolve("ana", new Resolution("RESOLVIDO", "cobranca", null), OPENED.plusMinutes(10));

        Map<Counter, Long> counted = sum(since(c, mark));
        assertThat(counted).containsEntry(Counter.FIRST_RESPONSE_MET, 1L).containsEntry(Counter.RESOLUTION_MET, 1L)
                .containsEntry(Counter.LEGAL_MET, 1L).doesNotContainKeys(Counter.FIRST_RESPONSE_BREACHED,
                        Counter.RESOLUTION_BREACHED, Counter.LEGAL_BREACHED);
        // resolved without any staff reply: still one-touch (at most one reply)
        assertThat(counted).containsEntry(Counter.ONE_TOUCH, 1L);
    }

    @Test
    void aLateAnswerIsABreachOfThatClock() {
        Case c = opened();
        int mark = c.history().size();
        c.conversation().replyToCustomer("ana", "Desculpe a demora.", Channel.EMAIL, "<r1@t>", OPENED.plusDays(3));

        assertThat(sum(since(c, mark))).containsEntry(Counter.FIRST_RESPONSE_BREACHED, 1L)
                .doesNotContainKey(Counter.FIRST_RESPONSE_MET);
    }

    @Test
    void aCaseCountsOnceUnderEachOfItsTagsAndItsOpeningIsAContact() {
        Collection<KpiDelta> deltas = since(openedWithTags(Set.of("procon", "cobranca", "urgente")), 0);

        assertThat(deltas).singleElement().satisfies(d -> {
            assertThat(d.tags()).isEqualTo(Map.of("procon", 1L, "cobranca", 1L, "urgente", 1L));
            assertThat(d.counters()).isEqualTo(Map.of(Counter.OPENED, 1L, Counter.CONTACTS, 1L));
        });
    }

    @Test
    void eventsCountForTheAssigneeOfTheMomentAndTheTakeBackFindsTheSameRow() {
        Case c = opened();
        c.claim("ana", OPENED.plusMinutes(10));
        c.startWork("ana", ClockSettings.standard(), OPENED.plusMinutes(20));
        int beforeResolve = c.history().size();
        c.resolve("ana", new Resolution("RESOLVIDO", "cobranca", null), OPENED.plusMinutes(40));

        assertThat(since(c, beforeResolve)).extracting(d -> d.key().agent()).containsOnly("ana");
        assertThat(since(c, 0)).filteredOn(d -> d.get(Counter.OPENED) == 1).extracting(d -> d.key().agent())
                .containsExactly("");

        int beforeReopen = c.history().size();
        c.conversation().receiveFromCustomer(Channel.EMAIL, "Re: Cobrança", "Não foi estornado", List.of(), Duration.ofDays(7),
                ClockSettings.standard(), OPENED.plusDays(2));
        // the resolution is taken back from the row it was counted on: its day, ana's
        assertThat(since(c, beforeReopen)).filteredOn(d -> d.get(Counter.RESOLVED) == -1)
                .extracting(KpiDelta::key).containsExactly(new KpiKey(LocalDate.of(2026, 11, 24), "Financeiro",
                        "EMAIL", "billing", "P2", "ana"));
        assertThat(sum(since(c, beforeReopen))).containsEntry(Counter.CONTACTS, 1L);
    }

    @Test
    void requesterWaitLeavesOutTheTimeWaitingOnTheCustomerAndInProgressTimeCountsAsItEnds() {
        Case c = opened();
        c.claim("ana", OPENED.plusMinutes(10));
        c.startWork("ana", ClockSettings.standard(), OPENED.plusMinutes(20));
        int beforePause = c.history().size();
        c.awaitCustomer("ana", OPENED.plusMinutes(50));
        // 30 minutes in progress (20 to 50), counted as the case leaves that status
        assertThat(sum(since(c, beforePause))).containsEntry(Counter.IN_PROGRESS_MINUTES, 30L);

        c.startWork("ana", ClockSettings.standard(), OPENED.plusMinutes(170)); // the customer answered after 2 hours
        int beforeResolve = c.history().size();
        c.resolve("ana", new Resolution("RESOLVIDO", "cobranca", null), OPENED.plusMinutes(200));

        Map<Counter, Long> resolved = sum(since(c, beforeResolve));
        // the desk owed the next move 0-50 and 170-200: 80 of the 200 minutes; the 120 pending are left out
        assertThat(resolved).containsEntry(Counter.REQUESTER_WAITS, 1L).containsEntry(Counter.REQUESTER_WAIT_MINUTES, 80L)
                .containsEntry(Counter.RESOLUTION_MINUTES, 200L).containsEntry(Counter.IN_PROGRESS_MINUTES, 30L);
        assertThat(since(c, beforeResolve)).flatExtracting(d -> List.of(d.buckets().get(TimeSeries.REQUESTER_WAIT_MINUTES)))
                .singleElement().satisfies(b -> assertThat(b[TimeBuckets.of(80)]).isEqualTo(1));

        int beforeReopen = c.history().size();
        c.conversation().receiveFromCustomer(Channel.EMAIL, "Re: Cobrança", "Não foi estornado", List.of(), Duration.ofDays(7),
                ClockSettings.standard(), OPENED.plusMinutes(500));
        assertThat(sum(since(c, beforeReopen))).containsEntry(Counter.REQUESTER_WAITS, -1L)
                .containsEntry(Counter.REQUESTER_WAIT_MINUTES, -80L);
    }

    @Test
    void aSurveyAnswerCountsItsScoresAndTheSurveyOnlyOnItsFirstAnswer() {
        Case c = opened();
        c.claim("ana", OPENED.plusMinutes(10));
        OffsetDateTime at = OPENED.plusDays(1);

        KpiDelta first = SurveyIncrements.answered(c, Map.of(SurveyKind.CSAT, 4), true, at, SP);
        KpiDelta later = SurveyIncrements.answered(c,
                new EnumMap<>(Map.of(SurveyKind.NPS, 6, SurveyKind.CES, 5)), false, at, SP);

        assertThat(first.key()).isEqualTo(new KpiKey(LocalDate.of(2026, 11, 24), "Financeiro", "EMAIL", "billing", "P2",
                "ana"));
        assertThat(first.counters()).isEqualTo(Map.of(Counter.SURVEYS_ANSWERED, 1L, Counter.CSAT_ANSWERS, 1L,
                Counter.CSAT_SCORE_SUM, 4L, Counter.CSAT_SATISFIED, 1L));
        // the NPS and CES sent later from the page: their scores, not a second answered survey
        assertThat(later.counters()).isEqualTo(Map.of(Counter.NPS_ANSWERS, 1L, Counter.NPS_DETRACTORS, 1L,
                Counter.CES_ANSWERS, 1L, Counter.CES_SCORE_SUM, 5L, Counter.CES_EASY, 1L));
        assertThat(SurveyIncrements.sent(c, at, SP).counters()).isEqualTo(Map.of(Counter.SURVEYS_SENT, 1L));
        assertThat(SurveyIncrements.repeatContact(c, SP).key().day()).isEqualTo(LocalDate.of(2026, 11, 23));
    }
}

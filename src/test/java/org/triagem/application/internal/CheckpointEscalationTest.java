package org.triagem.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.application.OperationalMetrics;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseEvent;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.department.BusinessCalendar;
import org.triagem.domain.model.department.BusinessCalendars;
import org.triagem.domain.model.department.DepartmentCalendar;
import org.triagem.domain.model.outbox.MailKind;
import org.triagem.domain.model.outbox.Outbox;
import org.triagem.domain.model.outbox.OutgoingMail;
import org.triagem.domain.model.routing.CheckpointClock;
import org.triagem.domain.model.routing.EscalationDecision;
import org.triagem.domain.model.routing.EscalationRules;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.Checkpoints;
import org.triagem.domain.model.sla.SlaCheckpoint;
import org.triagem.domain.model.sla.SlaTargets;

/** Firing one checkpoint: rules asked, case escalated, clocks re-targeted, supervisor told through the outbox. */
class CheckpointEscalationTest {

    private static final OffsetDateTime MONDAY_9AM = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(-3));

    private final List<OutgoingMail> queued = new ArrayList<>();
    private Consumer<EscalationDecision> rules = d -> { };
    private final List<String> counted = new ArrayList<>();
    private final Case theCase = openCase();

    private static Case openCase() {
        IncomingContact contact = new IncomingContact(Channel.WEB_FORM, null,
                new Customer("Maria", "maria@example.com", null, null), "Cobrança", "Cobrança em dobro", null);
        RoutingDecision decision = new RoutingDecision("billing", Set.of(), "Financeiro", Priority.P3,
                new SlaTargets(240, 1440, 7), "v1", List.of(), null);
        return Case.open(ProtocolNumber.issue(2026, 7), contact, decision, ClockSettings.standard(), MONDAY_9AM);
    }

    private SlaCheckpoint checkpoint(CheckpointClock clock, int level) {
        return theCase.sla().checkpoints().stream().filter(cp -> cp.clock() == clock && cp.level() == level)
                .findFirst().orElseThrow();
    }

    private CheckpointEscalation escalation(SlaCheckpoint due, String supervisor) {
        CheckpointEscalation e = new CheckpointEscalation();
        e.catalogues = new CatalogueChecks();
        e.catalogues.catalogues = new org.triagem.domain.model.catalogue.SeededCatalogues();
        e.checkpoints = new Checkpoints() {
            @Override
            public List<Claim> claimDue(OffsetDateTime now, int limit, int leaseSeconds) {
                return List.of();
            }

            @Override
            public Optional<SlaCheckpoint> lockOpen(long id) {
                return due.isOpen() ? Optional.of(due) : Optional.empty();
            }
        };
        e.rules = checkpoint -> {
            EscalationDecision d = new EscalationDecision(checkpoint);
            rules.accept(d);
            return new EscalationRules.Outcome(d, List.of("a rule"));
        };
        DefaultCaseClocks clocks = new DefaultCaseClocks();
        // Re-timing tells the sla rules how many open cases the customer has: this one.
        clocks.cases = (CaseRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CaseRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("countOpenFor")) {
                        return 1;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        clocks.calendars = new BusinessCalendars() {
            @Override
            public BusinessCalendar of(String department) {
                return BusinessCalendar.standard();
            }

            @Override
            public Optional<DepartmentCalendar> find(String department) {
                return Optional.empty();
            }

            @Override
            public void add(DepartmentCalendar calendar) {
            }
        };
        // What the sla rules say for P2 and P1.
        clocks.slaRules = (complaint, category, tags, department, priority, current) ->
                priority == Priority.P1 ? new SlaTargets(60, 480, 5) : new SlaTargets(120, 960, 7);
        clocks.checkpointPercents = "50,80,100";
        clocks.repeatHours = 4;
        clocks.pausingClocks = "FIRST_RESPONSE,RESOLUTION";
        clocks.calendarCacheSeconds = 30;
        e.clocks = clocks;
        EscalationNotices notices = new EscalationNotices();
        notices.outbox = new Outbox() {
            @Override
            public void add(OutgoingMail mail) {
                queued.add(mail);
            }

            @Override
            public List<OutgoingMail> claimDue(OffsetDateTime now, int limit) {
                return List.of();
            }

            @Override
            public int countAutomaticTo(String recipient, OffsetDateTime since) {
                return 0;
            }

            @Override
            public boolean hasFailedTo(String recipient) {
                return false;
            }

            @Override
            public boolean hasQueued(org.triagem.domain.model.complaint.ProtocolNumber protocol,
                    org.triagem.domain.model.outbox.MailKind kind) {
                return false;
            }

            @Override
            public Optional<OutgoingMail> withMessageId(String messageId) {
                return Optional.empty();
            }
        };
        notices.supervisorAddress = Optional.ofNullable(supervisor);
        notices.messageIdDomain = "triagem.test";
        e.notices = notices;
        e.metrics = new OperationalMetrics() {
            @Override
            public void slaBreached(CheckpointClock clock) {
                counted.add("breach " + clock);
            }

            @Override
            public void escalated(CheckpointClock clock, int level) {
                counted.add("escalation " + clock + " " + level);
            }
        };
        return e;
    }

    @Test
    void anOverdueFirstResponseRaisesThePriorityRetargetsTheClocksAndTellsTheSupervisor() {
        rules = d -> {
            d.notifySupervisor();
            d.raisePriorityTo(Priority.P2);
        };
        SlaCheckpoint due = checkpoint(CheckpointClock.FIRST_RESPONSE, 3);

        boolean fired = escalation(due, "supervisao@empresa.test").fire(1L, MONDAY_9AM.plusHours(4));

        assertThat(fired).isTrue();
        assertThat(due.isOpen()).isFalse();
        assertThat(theCase.priority()).isEqualTo(Priority.P2);
        assertThat(theCase.routing().slaTargets().resolutionMinutes()).isEqualTo(960);
        assertThat(theCase.history()).extracting(CaseEvent::type)
                .containsSubsequence(CaseEvent.Type.ESCALATED, CaseEvent.Type.SLA_RETARGETED);
        assertThat(queued).singleElement().satisfies(mail -> {
            assertThat(mail.kind()).isEqualTo(MailKind.ESCALATION);
            assertThat(mail.recipient()).isEqualTo("supervisao@empresa.test");
            assertThat(mail.subject()).contains(theCase.protocol().value(), "FIRST_RESPONSE", "100%");
            assertThat(mail.body()).doesNotContain("maria@example.com").doesNotContain("Maria");
        });
    }

    @Test
    void countsTheClocksFirstBreachOnceAndEachEscalationWithTheLevelItReached() {
        rules = EscalationDecision::notifySupervisor;
        SlaCheckpoint at80 = checkpoint(CheckpointClock.FIRST_RESPONSE, 2);
        SlaCheckpoint at100 = checkpoint(CheckpointClock.FIRST_RESPONSE, 3);

        escalation(at80, null).fire(1L, MONDAY_9AM.plusHours(3));
        escalation(at100, null).fire(2L, MONDAY_9AM.plusHours(4));
        SlaCheckpoint repeat = checkpoint(CheckpointClock.FIRST_RESPONSE, 4);
        escalation(repeat, null).fire(3L, MONDAY_9AM.plusHours(8));

        assertThat(counted).containsExactly("escalation FIRST_RESPONSE 1", "breach FIRST_RESPONSE",
                "escalation FIRST_RESPONSE 2", "escalation FIRST_RESPONSE 3");
    }

    @Test
    void aCheckpointWithNothingToDoFiresQuietly() {
        SlaCheckpoint due = checkpoint(CheckpointClock.RESOLUTION, 1);

        assertThat(escalation(due, "supervisao@empresa.test").fire(1L, MONDAY_9AM.plusHours(9))).isTrue();

        assertThat(due.isOpen()).isFalse();
        assertThat(due.outcome()).isEqualTo("RESOLUTION at 50%");
        assertThat(theCase.routing().escalationLevel()).isZero();
        assertThat(queued).isEmpty();
    }

    @Test
    void withoutASupervisorAddressTheEscalationIsOnlyRecorded() {
        rules = EscalationDecision::notifySupervisor;
        escalation(checkpoint(CheckpointClock.LEGAL, 2), null).fire(1L, MONDAY_9AM.plusDays(5));
        assertThat(queued).isEmpty();
        assertThat(theCase.routing().escalationLevel()).isEqualTo(1);
    }

    @Test
    void aCheckpointAlreadyFiredElsewhereIsLeftAlone() {
        SlaCheckpoint due = checkpoint(CheckpointClock.FIRST_RESPONSE, 1);
        theCase.escalation().skip(due, "test", MONDAY_9AM);
        assertThat(escalation(due, null).fire(1L, MONDAY_9AM.plusHours(2))).isFalse();
    }

    @Test
    void aCheckpointOfAClosedCaseIsSkippedWithoutAskingTheRules() {
        rules = d -> {
            throw new AssertionError("the rules were asked");
        };
        theCase.resolve("ana", new org.triagem.domain.model.complaint.Resolution("RESOLVIDO", "outros", "ok"), MONDAY_9AM.plusMinutes(30));
        theCase.close("ana", MONDAY_9AM.plusHours(1));
        // Resolving dropped the open checkpoints; a row another node had claimed just before is skipped.
        SlaCheckpoint stale = new SlaCheckpoint(theCase, CheckpointClock.LEGAL, 9, 50, MONDAY_9AM);
        assertThat(escalation(stale, null).fire(1L, MONDAY_9AM.plusHours(2))).isTrue();
        assertThat(stale.outcome()).startsWith("skipped");
    }

    @Test
    void aMoveToADepartmentNotInTheListLeavesTheCaseWhereItIsAndSaysWhy() {
        rules = d -> {
            d.notifySupervisor();
            d.moveTo("Ouvidoria Geral");
        };
        SlaCheckpoint due = checkpoint(CheckpointClock.RESOLUTION, 3);

        assertThat(escalation(due, null).fire(1L, MONDAY_9AM.plusDays(2))).isTrue();

        assertThat(theCase.department()).isEqualTo("Financeiro");
        assertThat(theCase.routing().escalationLevel()).isEqualTo(1);
        assertThat(theCase.history()).filteredOn(ev -> ev.type() == CaseEvent.Type.ESCALATED).singleElement()
                .satisfies(ev -> assertThat(ev.detail()).contains("supervisor notified")
                        .contains("\"Ouvidoria Geral\" not made").doesNotContain("moved from"));
    }

    @Test
    void whenTheRefusedMoveWasTheWholeDecisionANoteRecordsWhy() {
        rules = d -> d.moveTo("Logistica");

        escalation(checkpoint(CheckpointClock.RESOLUTION, 3), null).fire(1L, MONDAY_9AM.plusDays(2));

        assertThat(theCase.department()).isEqualTo("Financeiro");
        assertThat(theCase.routing().escalationLevel()).isZero();
        assertThat(theCase.history()).extracting(CaseEvent::type).contains(CaseEvent.Type.INTERNAL_NOTE);
        assertThat(theCase.conversation().messages()).anySatisfy(m -> assertThat(m.body()).contains("\"Logistica\"")
                .contains("not in the list of departments"));
    }

    @Test
    void aMoveToAKnownDepartmentStillMovesTheCase() {
        rules = d -> d.moveTo("Ouvidoria");

        escalation(checkpoint(CheckpointClock.RESOLUTION, 3), null).fire(1L, MONDAY_9AM.plusDays(2));

        assertThat(theCase.department()).isEqualTo("Ouvidoria");
    }
}

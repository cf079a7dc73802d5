package org.triagem.domain.model.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.routing.Checkpoint;
import org.triagem.domain.model.routing.CheckpointClock;
import org.triagem.domain.model.routing.EscalationDecision;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.SlaTargets;

/** The routing part on its own: what the rules decided, and how it may change afterwards. */
class CaseRoutingTest {

    private static final OffsetDateTime OPENED = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(-3));

    private static CaseRouting routedTo(String department, Priority priority) {
        return CaseRouting.decided(new RoutingDecision("cobranca", Set.of("anonimo"), department, priority,
                new SlaTargets(240, 1440, 7), "v3", List.of("Cobrança vai para o Financeiro"), null), OPENED);
    }

    private static EscalationDecision decided(CaseRouting r) {
        return new EscalationDecision(new Checkpoint(CheckpointClock.RESOLUTION, 100, r.department(), r.priority(),
                r.escalationLevel()));
    }

    @Test
    void keepsTheDecisionAndCountsTheLegalDeadlineFromTheFirstContact() {
        CaseRouting r = routedTo("Financeiro", Priority.P3);

        assertThat(r.department()).isEqualTo("Financeiro");
        assertThat(r.tags()).containsExactly("anonimo");
        assertThat(r.firedRules()).containsExactly("Cobrança vai para o Financeiro");
        assertThat(r.isFallback()).isFalse();
        assertThat(r.legalDeadline()).isEqualTo(OPENED.plusDays(7));
    }

    @Test
    void retargetingMovesTheLegalDeadlineOnlyFromTheFirstContactAndSaysWhatChanged() {
        CaseRouting r = routedTo("Financeiro", Priority.P3);

        EventDetail done = r.retarget(Priority.P1, "Ouvidoria", new SlaTargets(60, 480, 5), OPENED);

        assertThat(done.line()).contains("priority P3 -> P1", "department Financeiro -> Ouvidoria", "240/1440 min, 7 d -> 60/480 min, 5 d");
        assertThat(done.params()).containsEntry("priorityBefore", "P3").containsEntry("priorityAfter", "P1")
                .containsEntry("departmentAfter", "Ouvidoria").containsEntry("firstResponseAfter", "60")
                .containsEntry("legalDaysBefore", "7");
        assertThat(r.legalDeadline()).isEqualTo(OPENED.plusDays(5));
    }

    @Test
    void escalationStopsAtTheHighestLevelAndNeverLowersThePriority() {
        CaseRouting r = routedTo("Financeiro", Priority.P2);
        for (int i = 0; i < 5; i++) {
            EscalationDecision d = decided(r);
            d.raisePriorityTo(Priority.P4);
            r.escalate(d, EventDetail.of(""));
        }
        assertThat(r.escalationLevel()).isEqualTo(CaseRouting.MAX_ESCALATION_LEVEL);
        assertThat(r.priority()).isEqualTo(Priority.P2);
    }

    @Test
    void aCallBackPromiseIsNeverPostponedAndTheFirstResponseNeverLoosens() {
        CaseRouting r = routedTo("Financeiro", Priority.P3);

        OffsetDateTime first = r.promiseCallback(new SlaTargets(30, 480, 7), OPENED);
        OffsetDateTime second = r.promiseCallback(new SlaTargets(120, 480, 7), OPENED.plusMinutes(10));

        assertThat(first).isEqualTo(OPENED.plusMinutes(30));
        assertThat(second).isEqualTo(first);
        assertThat(r.slaTargets().firstResponseMinutes()).isEqualTo(30);
        assertThat(r.raise(Priority.P4, Channel.PHONE)).isNull();
        assertThat(r.priority()).isEqualTo(Priority.P3);
    }
}

package org.triagem.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.domain.model.routing.CheckpointClock.FIRST_RESPONSE;
import static org.triagem.domain.model.routing.CheckpointClock.LEGAL;
import static org.triagem.domain.model.routing.CheckpointClock.RESOLUTION;
import static org.triagem.rules.RulesFixture.decide;
import static org.triagem.rules.RulesFixture.escalate;

import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.Priority;

/** The escalation rules, {@code rules/escalation/escalation.drl}, asked at SLA checkpoints. */
class EscalationRulesTest {

    @Test
    void doesNothingAtHalfTheFirstResponseTimeOfAnOrdinaryCase() {
        var result = escalate(FIRST_RESPONSE, 50, "Financeiro", Priority.P3);
        assertThat(result.decision().escalates()).isFalse();
        assertThat(result.firedRules()).isEmpty();
    }

    @Test
    void notifiesTheSupervisorAtHalfTheFirstResponseTimeOfAP1Case() {
        var result = escalate(FIRST_RESPONSE, 50, "Ouvidoria", Priority.P1);
        assertThat(result.decision().isSupervisorNotified()).isTrue();
        assertThat(result.decision().getNewPriority()).isNull();
    }

    @Test
    void notifiesTheSupervisorAndRaisesToP2WhenTheFirstResponseIsOverdue() {
        var decision = escalate(FIRST_RESPONSE, 100, "Logística", Priority.P3).decision();
        assertThat(decision.isSupervisorNotified()).isTrue();
        assertThat(decision.getNewPriority()).isEqualTo(Priority.P2);
        assertThat(decision.getNewDepartment()).isNull();
    }

    @Test
    void neverLowersThePriorityOfAP1Case() {
        assertThat(escalate(FIRST_RESPONSE, 100, "Ouvidoria", Priority.P1).decision().getNewPriority()).isNull();
    }

    @Test
    void notifiesTheSupervisorAt80PercentOfTheResolutionTime() {
        var decision = escalate(RESOLUTION, 80, "Suporte Técnico", Priority.P3).decision();
        assertThat(decision.isSupervisorNotified()).isTrue();
        assertThat(decision.getNewPriority()).isNull();
    }

    @Test
    void raisesAnOverdueResolutionToP2WithoutMovingItTheFirstTime() {
        var decision = escalate(RESOLUTION, 100, "Financeiro", Priority.P3, 0).decision();
        assertThat(decision.getNewPriority()).isEqualTo(Priority.P2);
        assertThat(decision.getNewDepartment()).isNull();
    }

    @Test
    void movesAnOverdueResolutionEscalatedBeforeToOuvidoria() {
        var result = escalate(RESOLUTION, 100, "Financeiro", Priority.P2, 1);
        assertThat(result.decision().getNewDepartment()).isEqualTo("Ouvidoria");
        assertThat(result.firedRules()).contains("Resolução vencida de caso já escalonado vai para a Ouvidoria");
    }

    @Test
    void keepsOverdueCasesOfJuridicoInJuridico() {
        assertThat(escalate(RESOLUTION, 100, "Jurídico", Priority.P1, 2).decision().getNewDepartment()).isNull();
    }

    @Test
    void movesACaseNearItsLegalDeadlineToOuvidoriaAsP1() {
        var decision = escalate(LEGAL, 80, "Logística", Priority.P3).decision();
        assertThat(decision.getNewDepartment()).isEqualTo("Ouvidoria");
        assertThat(decision.getNewPriority()).isEqualTo(Priority.P1);
        assertThat(decision.isSupervisorNotified()).isTrue();
    }

    @Test
    void doesNotMoveACaseAlreadyInOuvidoria() {
        assertThat(escalate(LEGAL, 100, "Ouvidoria", Priority.P2).decision().getNewDepartment()).isNull();
    }

    @Test
    void makesAJuridicoCaseNearItsLegalDeadlineP1AndKeepsIt() {
        var decision = escalate(LEGAL, 80, "Jurídico", Priority.P2).decision();
        assertThat(decision.getNewPriority()).isEqualTo(Priority.P1);
        assertThat(decision.getNewDepartment()).isNull();
        assertThat(decision.isSupervisorNotified()).isTrue();
    }

    @Test
    void doesNotRunAtIntake() {
        assertThat(decide(null, "Prazo legal vencido, vou ao Procon").firedRules())
                .noneMatch(name -> name.contains("notif") || name.contains("moves"));
    }
}

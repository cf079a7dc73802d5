package org.triagem.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.rules.RulesFixture.complaint;
import static org.triagem.rules.RulesFixture.decide;

import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.Priority;

/** The priority rules, {@code rules/priority/priority.drl}: a starting priority, then raises only. */
class PriorityRulesTest {

    @Test
    void raisesComplaintsMentioningProconToP1() {
        var result = decide("Vou ao PROCON", "Ninguém resolve meu problema");
        assertThat(result.decision().getPriority()).isEqualTo(Priority.P1);
        assertThat(result.firedRules()).contains("Reclamações que citam o Procon são P1");
    }

    @Test
    void raisesConsumidorGovComplaintsToP1() {
        assertThat(decide(null, "Abri no consumidor.gov.br").decision().getPriority()).isEqualTo(Priority.P1);
    }

    @Test
    void raisesLawsuitThreatsToP1() {
        assertThat(decide(null, "Vou processar a empresa").decision().getPriority()).isEqualTo(Priority.P1);
    }

    @Test
    void raisesReclameAquiMentionsToP2() {
        assertThat(decide(null, "Vou postar no Reclame Aqui").decision().getPriority()).isEqualTo(Priority.P2);
    }

    @Test
    void raisesCancellationRequestsToP2() {
        assertThat(decide(null, "Quero cancelar").decision().getPriority()).isEqualTo(Priority.P2);
    }

    @Test
    void raisesVipCustomersToP2() {
        assertThat(decide(complaint("Dúvida sobre a loja").customerSegment("VIP")).decision().getPriority())
                .isEqualTo(Priority.P2);
    }

    @Test
    void raisesRepeatComplaintsToP2() {
        assertThat(decide(complaint("Ainda sem resposta").earlierOpenCases(1)).decision().getPriority())
                .isEqualTo(Priority.P2);
    }

    @Test
    void raisesVipCustomersComplainingAgainToP1() {
        var result = decide(complaint("Ainda sem resposta").customerSegment("VIP").earlierOpenCases(1));
        assertThat(result.decision().getPriority()).isEqualTo(Priority.P1);
        assertThat(result.firedRules()).contains("Clientes VIP que reclamam de novo são P1");
    }

    @Test
    void startsQuestionsAboutOffersAtP4() {
        assertThat(decide(null, "Qual o preço do plano?").decision().getPriority()).isEqualTo(Priority.P4);
    }

    @Test
    void neverLowersAPriorityRaisedByAnotherRule() {
        assertThat(decide(null, "Promoção enganosa, vou ao Procon").decision().getPriority()).isEqualTo(Priority.P1);
    }

    @Test
    void leavesOrdinaryComplaintsAtP3() {
        assertThat(decide("Atraso", "Meu pedido atrasou um dia").decision().getPriority())
                .isEqualTo(Priority.P3);
    }

    @Test
    void doesNotMistakeAWordContainingProconForProcon() {
        assertThat(decide(null, "proconsul é uma palavra").decision().getPriority()).isEqualTo(Priority.P3);
    }
}

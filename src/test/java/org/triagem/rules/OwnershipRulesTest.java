package org.triagem.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.rules.RulesFixture.complaint;
import static org.triagem.rules.RulesFixture.decide;
import static org.triagem.rules.RulesFixture.firedIn;

import org.junit.jupiter.api.Test;
import org.triagem.domain.model.routing.DecisionStage;

/** The ownership decision table, {@code rules/ownership/ownership.drl.csv}: the first matching row wins. */
class OwnershipRulesTest {

    @Test
    void routesLawyerMentionsToJuridico() {
        var result = decide(null, "Meu advogado já está a par da situação");
        assertThat(result.decision().getDepartment()).isEqualTo("Jurídico");
        assertThat(result.firedRules())
                .contains("Reclamações que citam advogado ou processo judicial vão para o Jurídico");
    }

    @Test
    void routesProconMentionToOuvidoria() {
        var result = decide("Vou ao PROCON", "Ninguém resolve a minha cobrança");
        assertThat(result.decision().getDepartment()).isEqualTo("Ouvidoria");
        assertThat(result.firedRules()).contains("Reclamações que citam o Procon vão para a Ouvidoria");
    }

    @Test
    void routesConsumidorGovComplaintsToOuvidoria() {
        assertThat(decide(null, "Registrei no consumidor.gov.br").decision().getDepartment()).isEqualTo("Ouvidoria");
    }

    @Test
    void routesReclameAquiMentionToOuvidoria() {
        assertThat(decide(null, "vou expor no reclame aqui").decision().getDepartment()).isEqualTo("Ouvidoria");
    }

    @Test
    void sendsLawyerMentionsToJuridicoEvenWhenProconIsMentionedToo() {
        assertThat(decide(null, "Procon e advogado já sabem").decision().getDepartment()).isEqualTo("Jurídico");
    }

    @Test
    void routesCustomersWithTwoOpenCasesToOuvidoria() {
        assertThat(decide(complaint("Fatura errada de novo").earlierOpenCases(2)).decision().getDepartment())
                .isEqualTo("Ouvidoria");
    }

    @Test
    void leavesCustomersWithOneOpenCaseWithTheUsualDepartment() {
        assertThat(decide(complaint("Fatura errada de novo").earlierOpenCases(1)).decision().getDepartment())
                .isEqualTo("Financeiro");
    }

    @Test
    void sendsComplaintsAboutChargesToFinanceiro() {
        var result = decide("Cobrança indevida", "Fui cobrado duas vezes na fatura de março");
        assertThat(result.decision().getDepartment()).isEqualTo("Financeiro");
        assertThat(result.firedRules()).contains("Reclamações sobre cobranças e faturas vão para o Financeiro");
    }

    @Test
    void matchesChargesWithoutAccentsOrInCapitals() {
        assertThat(decide(null, "COBRANCA errada no meu cartao").decision().getDepartment())
                .isEqualTo("Financeiro");
    }

    @Test
    void sendsCancellationsToCancelamento() {
        assertThat(decide(null, "Quero cancelar o contrato").decision().getDepartment()).isEqualTo("Cancelamento");
    }

    @Test
    void sendsDeliveryComplaintsToLogistica() {
        assertThat(decide(null, "Pedido não entregue").decision().getDepartment()).isEqualTo("Logística");
    }

    @Test
    void sendsDefectiveProductsToSuporteTecnico() {
        assertThat(decide(null, "Chegou quebrado").decision().getDepartment()).isEqualTo("Suporte Técnico");
    }

    @Test
    void sendsQuestionsAboutOffersToComercial() {
        assertThat(decide(null, "Tem promoção?").decision().getDepartment()).isEqualTo("Comercial");
    }

    @Test
    void sendsEverythingElseToAtendimento() {
        var result = decide("Dúvida", "Qual o horário da loja?");
        assertThat(result.decision().getDepartment()).isEqualTo("Atendimento");
        assertThat(result.firedRules()).contains("Reclamações que nenhuma outra regra assumiu vão para o Atendimento")
                .doesNotContain("Reclamações sobre cobranças e faturas vão para o Financeiro");
    }

    @Test
    void firesOnlyOneOwnershipRule() {
        assertThat(firedIn(DecisionStage.OWNERSHIP, null, "boleto com cobrança em dobro, vou ao Procon")).hasSize(1);
    }
}

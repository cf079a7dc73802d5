package org.triagem.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.rules.RulesFixture.decide;
import static org.triagem.rules.RulesFixture.firedIn;

import org.junit.jupiter.api.Test;
import org.triagem.domain.model.routing.DecisionStage;
import org.triagem.domain.model.sla.SlaTargets;

/** The SLA decision table, {@code rules/sla/sla.drl.csv}: the first matching row wins. */
class SlaRulesTest {

    @Test
    void givesP1ComplaintsTighterTargets() {
        var sla = decide(null, "Já registrei no Procon").decision().getSlaTargets();
        assertThat(sla.firstResponseMinutes()).isEqualTo(60);
        assertThat(sla.resolutionMinutes()).isEqualTo(480);
        assertThat(sla.legalDays()).isEqualTo(5);
    }

    @Test
    void givesP2ComplaintsTwoBusinessHoursToFirstResponse() {
        var sla = decide(null, "Quero cancelar a assinatura").decision().getSlaTargets();
        assertThat(sla.firstResponseMinutes()).isEqualTo(120);
        assertThat(sla.resolutionMinutes()).isEqualTo(960);
    }

    @Test
    void givesOrdinaryComplaintsTheStandardTargetsWithinTheLegalSevenDays() {
        var sla = decide(null, "Produto chegou riscado").decision().getSlaTargets();
        assertThat(sla.firstResponseMinutes()).isEqualTo(240);
        assertThat(sla.resolutionMinutes()).isEqualTo(1440);
        assertThat(sla.legalDays()).isEqualTo(7);
    }

    @Test
    void givesQuestionsAboutOffersABusinessDayToFirstResponse() {
        var sla = decide(null, "Tem desconto no plano anual?").decision().getSlaTargets();
        assertThat(sla.firstResponseMinutes()).isEqualTo(480);
        assertThat(sla.resolutionMinutes()).isEqualTo(2880);
        assertThat(sla.legalDays()).isEqualTo(SlaTargets.LEGAL_MAXIMUM_DAYS);
    }

    @Test
    void givesLawsuitThreatsALegalAnswerWithinThreeDays() {
        var result = decide(null, "Meu advogado vai entrar com ação judicial");
        assertThat(result.decision().getSlaTargets().legalDays()).isEqualTo(3);
        assertThat(result.firedRules())
                .contains("Reclamações que citam advogado ou processo judicial têm resposta legal em até 3 dias");
    }

    @Test
    void firesOnlyOneSlaRule() {
        assertThat(firedIn(DecisionStage.SLA, null, "Meu advogado e o Procon")).hasSize(1);
    }
}

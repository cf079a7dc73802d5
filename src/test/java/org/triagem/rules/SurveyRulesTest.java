package org.triagem.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.domain.model.survey.SurveyKind.CES;
import static org.triagem.domain.model.survey.SurveyKind.CSAT;
import static org.triagem.domain.model.survey.SurveyKind.NPS;

import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.routing.ResolvedCase;
import org.triagem.domain.model.routing.SurveyDecision;
import org.triagem.domain.model.routing.SurveyResponse;
import org.triagem.infrastructure.rules.CompiledRuleSet;

/** The survey rules, {@code rules/survey/survey.drl}, asked when a case is resolved. */
class SurveyRulesTest {

    private static CompiledRuleSet.SurveyEvaluation ask(String department, String resolution, Integer daysSinceNps,
            int sample) {
        return RulesFixture.rules().survey(new ResolvedCase(Channel.EMAIL, department, "Cobrança", resolution,
                "erro de faturamento", daysSinceNps, sample));
    }

    @Test
    void offersCsatCesAndNpsToACustomerNeverAskedNps() {
        SurveyDecision d = ask("Financeiro", "estorno", null, 80).decision();
        assertThat(d.surveys()).isTrue();
        assertThat(d.getKinds()).containsExactlyInAnyOrder(CSAT, CES, NPS);
    }

    @Test
    void leavesNpsOutWhenTheCustomerWasAskedWithinNinetyDays() {
        assertThat(ask("Financeiro", "estorno", 89, 10).decision().getKinds()).containsExactlyInAnyOrder(CSAT, CES);
    }

    @Test
    void asksNpsAgainAfterNinetyDays() {
        assertThat(ask("Financeiro", "estorno", 90, 10).decision().getKinds()).contains(NPS);
    }

    @Test
    void sendsNoSurveyForSpamDuplicateOrMergedResolutions() {
        for (String code : new String[] {"spam", "Duplicado", "mesclado", "duplicate"}) {
            var result = ask("Financeiro", code, null, 10);
            assertThat(result.decision().surveys()).as(code).isFalse();
            assertThat(result.firedRules()).as(code)
                    .contains("Casos mesclados, duplicados ou spam não recebem pesquisa");
        }
    }

    @Test
    void surveysOnlyHalfOfTheCasesOfAtendimento() {
        assertThat(ask("Atendimento", "orientado", null, 49).decision().surveys()).isTrue();
        var outOfSample = ask("Atendimento", "orientado", null, 50);
        assertThat(outOfSample.decision().surveys()).isFalse();
        assertThat(outOfSample.decision().getKinds()).isEmpty();
    }

    @Test
    void doesNotSampleOtherDepartments() {
        assertThat(ask("Logística", "reenvio", null, 99).decision().surveys()).isTrue();
    }

    @Test
    void givesEachCaseAStableSampleNumber() {
        int sample = ResolvedCase.sampleOf("2026000000123");
        assertThat(sample).isBetween(0, 99).isEqualTo(ResolvedCase.sampleOf("2026000000123"));
    }

    private static CompiledRuleSet.RecoveryEvaluation answered(Integer csat, Integer nps) {
        return RulesFixture.rules().recover(new SurveyResponse("Financeiro", "Cobrança", csat, nps));
    }

    @Test
    void aCsatOfTwoNotifiesTheSupervisorWithANoteButDoesNotReopen() {
        var d = answered(2, null).decision();
        assertThat(d.isSupervisorNotified()).isTrue();
        assertThat(d.isReopened()).isFalse();
        assertThat(d.getNotes()).singleElement().asString().contains("CSAT 2");
    }

    @Test
    void aCsatOfOneAlsoReopensTheCase() {
        assertThat(answered(1, null).decision().isReopened()).isTrue();
    }

    @Test
    void anNpsDetractorNotifiesTheSupervisor() {
        var result = answered(null, 6);
        assertThat(result.decision().isSupervisorNotified()).isTrue();
        assertThat(result.firedRules()).containsExactly("Cliente detrator no NPS (0 a 6) avisa o supervisor do departamento");
    }

    @Test
    void satisfiedAnswersAndPassivesSetOffNothing() {
        assertThat(answered(3, 7).decision().acts()).isFalse();
        assertThat(answered(5, 10).decision().acts()).isFalse();
    }

    @Test
    void recoveryRulesDoNotFireWhenACaseIsResolved() {
        assertThat(ask("Financeiro", "estorno", null, 10).firedRules()).noneMatch(r -> r.contains("supervisor"));
    }
}

package org.triagem.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.rules.RulesFixture.decide;

import org.junit.jupiter.api.Test;

/** The SLA rules, {@code rules/sla/sla.drl}. */
class SlaRulesTest {

    @Test
    void givesP1ComplaintsTighterTargets() {
        var sla = decide(null, "Já registrei no Procon").decision().getSlaTargets();
        assertThat(sla.firstResponseMinutes()).isEqualTo(60);
        assertThat(sla.resolutionMinutes()).isEqualTo(480);
        assertThat(sla.legalDays()).isEqualTo(5);
    }

    @Test
    void givesOrdinaryComplaintsTheStandardTargetsWithinTheLegalSevenDays() {
        var sla = decide(null, "Produto chegou riscado").decision().getSlaTargets();
        assertThat(sla.firstResponseMinutes()).isEqualTo(240);
        assertThat(sla.resolutionMinutes()).isEqualTo(1440);
        assertThat(sla.legalDays()).isEqualTo(7);
    }
}

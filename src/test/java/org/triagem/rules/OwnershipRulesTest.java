package org.triagem.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.rules.RulesFixture.decide;

import org.junit.jupiter.api.Test;

/** The ownership decision table, {@code rules/ownership/ownership.drl.csv}. */
class OwnershipRulesTest {

    @Test
    void sendsComplaintsAboutChargesToFinanceiro() {
        var result = decide("Cobrança indevida", "Fui cobrado duas vezes na fatura de março");
        assertThat(result.decision().getDepartment()).isEqualTo("Financeiro");
        assertThat(result.firedRules()).contains("Complaints about charges and bills go to Financeiro");
    }

    @Test
    void matchesChargesWithoutAccentsOrInCapitals() {
        assertThat(decide(null, "COBRANCA errada no meu cartao").decision().getDepartment())
                .isEqualTo("Financeiro");
    }

    @Test
    void sendsEverythingElseToAtendimento() {
        var result = decide("Dúvida", "Qual o horário da loja?");
        assertThat(result.decision().getDepartment()).isEqualTo("Atendimento");
        assertThat(result.firedRules()).contains("Complaints nobody else claimed go to Atendimento")
                .doesNotContain("Complaints about charges and bills go to Financeiro");
    }

    @Test
    void firesOnlyOneOwnershipRule() {
        var result = decide(null, "boleto com cobrança em dobro");
        assertThat(result.firedRules()).filteredOn(name -> name.contains(" go to ")).hasSize(1);
    }
}

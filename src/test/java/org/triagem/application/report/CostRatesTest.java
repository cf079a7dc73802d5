package org.triagem.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manager's cost file: pt-BR amounts, a fallback department, bad rows refused by line. */
class CostRatesTest {

    @Test
    void readsPtBrAmountsAndPricesUnlistedDepartmentsAtTheStarRate() {
        CostRates rates = CostRates.parse(List.of("\uFEFF# custos", "tipo;nome;valor_brl", "",
                "departamento;Jurídico;140,00", "departamento;*;36.5", "canal;phone;R$ 4,50"));

        assertThat(rates.refused()).isEmpty();
        assertThat(rates.ofMinutes("Jurídico", 30)).isEqualByComparingTo("70");
        assertThat(rates.ofMinutes("Comercial", 60)).isEqualByComparingTo("36.5");
        assertThat(rates.ofContacts("PHONE", 2)).isEqualByComparingTo(new BigDecimal("9.00"));
        assertThat(rates.ofContacts("EMAIL", 5)).as("an unpriced channel costs nothing").isEqualByComparingTo("0");
    }

    @Test
    void refusesBadRowsWithTheirLineAndKeepsTheGoodOnes() {
        CostRates rates = CostRates.parse(List.of("tipo;nome;valor_brl",
                "departamento;Financeiro;42,00",
                "departamento;Financeiro;50,00",
                "canal;FAX;1,00",
                "departamento;Logística;quarenta",
                "departamento;Ouvidoria;-5",
                "salário;Ouvidoria;5",
                "departamento;Comercial",
                "departamento;;10"));

        assertThat(rates.hourlyByDepartment()).containsOnlyKeys("Financeiro");
        assertThat(rates.ofMinutes("Financeiro", 60)).isEqualByComparingTo("42");
        assertThat(rates.refused()).containsExactly(
                "costs.csv line 3: 'Financeiro' is priced twice; the first row stands",
                "costs.csv line 4: unknown channel 'FAX' (use EMAIL, PHONE, WEB_FORM)",
                "costs.csv line 5: 'quarenta' is not an amount in R$ from 0 to 100000 (e.g. 42,50)",
                "costs.csv line 6: '-5' is not an amount in R$ from 0 to 100000 (e.g. 42,50)",
                "costs.csv line 7: unknown type 'salário' (use departamento or canal)",
                "costs.csv line 8: expected 3 cells separated by ';' (tipo;nome;valor_brl), found 2",
                "costs.csv line 9: the name is empty");
    }

    @Test
    void theShippedFileIsValid() throws Exception {
        CostRates shipped = CostRates.parse(java.nio.file.Files.readAllLines(
                java.nio.file.Path.of("rules/catalogue/costs.csv")));

        assertThat(shipped.refused()).isEmpty();
        assertThat(shipped.hourlyByDepartment()).containsKeys("*", "Atendimento", "Ouvidoria");
        assertThat(shipped.perContactByChannel()).containsOnlyKeys("WEB_FORM", "EMAIL", "PHONE");
    }
}

package org.triagem.domain.model.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImpactTallyTest {

    private static final Outcome CHARGE_TO_FINANCEIRO = new Outcome("Financeiro", "P3", "240/2880/7", "Cobrança", false);
    private static final Outcome CHARGE_TO_COMERCIAL = new Outcome("Comercial", "P3", "240/2880/7", "Cobrança", false);
    private static final Outcome DELIVERY = new Outcome("Logística", "P3", "480/2880/7", "Entrega", false);
    private static final Outcome URGENT_DELIVERY = new Outcome("Logística", "P1", "60/480/7", "Entrega", false);
    private static final Outcome FALLBACK = new Outcome("Atendimento", "P2", "240/1440/7", null, true);

    @Test
    void countsEachKindOfChangeAndTheComplaintsThatStayTheSame() {
        ImpactTally tally = new ImpactTally();
        tally.record("1", CHARGE_TO_FINANCEIRO, CHARGE_TO_COMERCIAL);
        tally.record("2", CHARGE_TO_FINANCEIRO, CHARGE_TO_COMERCIAL);
        tally.record("3", DELIVERY, URGENT_DELIVERY);
        tally.record("4", DELIVERY, DELIVERY);

        ImpactSummary summary = tally.summary();

        assertThat(summary.complaints()).isEqualTo(4);
        assertThat(summary.unchanged()).isEqualTo(1);
        assertThat(summary.changed(ImpactKind.DEPARTMENT)).isEqualTo(2);
        assertThat(summary.changed(ImpactKind.PRIORITY)).isEqualTo(1);
        assertThat(summary.changed(ImpactKind.SLA)).isEqualTo(1);
        assertThat(summary.changed(ImpactKind.CATEGORY)).isZero();
        assertThat(summary.fallbacks()).isZero();
    }

    @Test
    void crossTabulatesTheDepartmentsBeforeAndAfterWithTheStayersOnTheDiagonal() {
        ImpactTally tally = new ImpactTally();
        tally.record("1", CHARGE_TO_FINANCEIRO, CHARGE_TO_COMERCIAL);
        tally.record("2", CHARGE_TO_FINANCEIRO, CHARGE_TO_COMERCIAL);
        tally.record("3", CHARGE_TO_FINANCEIRO, CHARGE_TO_FINANCEIRO);
        tally.record("4", DELIVERY, URGENT_DELIVERY);

        ImpactSummary summary = tally.summary();

        assertThat(summary.departmentMatrix()).containsExactly(
                new ImpactSummary.MatrixCell("Financeiro", "Comercial", 2),
                new ImpactSummary.MatrixCell("Financeiro", "Financeiro", 1),
                new ImpactSummary.MatrixCell("Logística", "Logística", 1));
        assertThat(summary.moved("Financeiro", "Comercial")).isEqualTo(2);
        assertThat(summary.moved("Comercial", "Financeiro")).isZero();
    }

    @Test
    void givesExamplesWithTheValuesBeforeAndAfter() {
        ImpactTally tally = new ImpactTally();
        tally.record("20260000000014", CHARGE_TO_FINANCEIRO, CHARGE_TO_COMERCIAL);
        tally.record("20260000000022", DELIVERY, URGENT_DELIVERY);

        ImpactSummary summary = tally.summary();

        assertThat(summary.examples().get("department"))
                .containsExactly(new ImpactExample("20260000000014", "Financeiro", "Comercial"));
        assertThat(summary.examples().get("priority")).containsExactly(new ImpactExample("20260000000022", "P3", "P1"));
        assertThat(summary.examples().get("sla"))
                .containsExactly(new ImpactExample("20260000000022", "480/2880/7", "60/480/7"));
        assertThat(summary.examples().get("category")).isEmpty();
    }

    @Test
    void keepsOnlyTheFirstTwentyExamplesOfEachKind() {
        ImpactTally tally = new ImpactTally();
        for (int i = 0; i < 25; i++) {
            tally.record("p" + i, CHARGE_TO_FINANCEIRO, CHARGE_TO_COMERCIAL);
        }

        ImpactSummary summary = tally.summary();

        assertThat(summary.changed(ImpactKind.DEPARTMENT)).isEqualTo(25);
        assertThat(summary.examples().get("department")).hasSize(ImpactTally.EXAMPLES_PER_KIND)
                .extracting(ImpactExample::protocol).startsWith("p0", "p1").endsWith("p19");
    }

    @Test
    void countsComplaintsTheRulesCouldNotDecideOnEitherSide() {
        ImpactTally tally = new ImpactTally();
        tally.record("1", CHARGE_TO_FINANCEIRO, FALLBACK);
        tally.record("2", FALLBACK, FALLBACK);
        tally.record("3", FALLBACK, DELIVERY);

        ImpactSummary summary = tally.summary();

        assertThat(summary.fallbacks()).isEqualTo(2);
        assertThat(summary.fallbacksBefore()).isEqualTo(2);
        assertThat(summary.unchanged()).isEqualTo(1);
        assertThat(summary.examples().get("category")).containsExactly(new ImpactExample("1", "Cobrança", null),
                new ImpactExample("3", null, "Entrega"));
    }

    @Test
    void sharesAddedInOrderGiveTheSameSummaryAsOneTally() {
        List<Outcome[]> cases = List.of(new Outcome[] {CHARGE_TO_FINANCEIRO, CHARGE_TO_COMERCIAL},
                new Outcome[] {DELIVERY, URGENT_DELIVERY}, new Outcome[] {DELIVERY, DELIVERY},
                new Outcome[] {FALLBACK, CHARGE_TO_FINANCEIRO});
        ImpactTally whole = new ImpactTally();
        ImpactTally first = new ImpactTally();
        ImpactTally second = new ImpactTally();
        for (int i = 0; i < 30; i++) {
            Outcome[] c = cases.get(i % cases.size());
            whole.record("p" + i, c[0], c[1]);
            (i < 17 ? first : second).record("p" + i, c[0], c[1]);
        }

        first.add(second);

        assertThat(first.summary()).isEqualTo(whole.summary());
    }
}

package org.triagem.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.application.report.KpiFilter;
import org.triagem.application.report.KpiKey;

/** Which rows a report reads, and which row of each grain an event adds to. */
class KpiGrainTest {

    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 29);

    private static KpiFilter filter(Set<String> departments, Set<String> channels, Set<String> categories,
            Set<String> priorities, Set<String> agents) {
        return new KpiFilter(FROM, TO, departments, channels, categories, priorities, agents);
    }

    @Test
    void theDashboardsDefaultReportReadsTheRollUp() {
        assertThat(KpiGrain.toRead(filter(null, Set.of(), Set.of(), Set.of(), Set.of())))
                .isEqualTo(KpiGrain.DEPARTMENT_AND_CHANNEL);
    }

    @Test
    void aSupervisorsDepartmentsAndAChannelStillReadTheRollUp() {
        assertThat(KpiGrain.toRead(filter(Set.of("Financeiro", "Ouvidoria"), Set.of("PHONE"), Set.of(), Set.of(),
                Set.of()))).isEqualTo(KpiGrain.DEPARTMENT_AND_CHANNEL);
    }

    @Test
    void aSupervisorOfNoDepartmentReadsTheRollUpAndGetsNothing() {
        assertThat(KpiGrain.toRead(filter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of())))
                .isEqualTo(KpiGrain.DEPARTMENT_AND_CHANNEL);
    }

    @Test
    void aCategoryPriorityOrAgentFilterReadsTheDetailedRows() {
        assertThat(KpiGrain.toRead(filter(null, Set.of(), Set.of("cobranca"), Set.of(), Set.of())))
                .isEqualTo(KpiGrain.DETAILED);
        assertThat(KpiGrain.toRead(filter(null, Set.of(), Set.of(), Set.of("P1"), Set.of())))
                .isEqualTo(KpiGrain.DETAILED);
        assertThat(KpiGrain.toRead(filter(Set.of("Financeiro"), Set.of(), Set.of(), Set.of(), Set.of("fabio"))))
                .as("an agent reading own figures").isEqualTo(KpiGrain.DETAILED);
    }

    @Test
    void theSameFilterOverThePreviousPeriodReadsTheSameGrain() {
        KpiFilter byPriority = filter(null, Set.of(), Set.of(), Set.of("P1", "P2", "P3", "P4"), Set.of());
        assertThat(KpiGrain.toRead(byPriority.withPrevious())).isEqualTo(KpiGrain.DETAILED);
        KpiFilter plain = filter(null, Set.of("EMAIL"), Set.of(), Set.of(), Set.of());
        assertThat(KpiGrain.toRead(plain.withPrevious())).isEqualTo(KpiGrain.DEPARTMENT_AND_CHANNEL);
    }

    @Test
    void anEventAddsToItsDetailedRowAndToItsDepartmentAndChannelRow() {
        KpiKey key = new KpiKey(TO, "Financeiro", "EMAIL", "cobranca", "P2", "fabio");

        assertThat(KpiGrain.DETAILED.keyValues(key))
                .containsExactly(Date.valueOf(TO), "Financeiro", "EMAIL", "cobranca", "P2", "fabio");
        assertThat(KpiGrain.DETAILED.keyWhere()).isEqualTo(" WHERE report_day = ?1 AND department = ?2 AND channel = ?3"
                + " AND category = ?4 AND priority = ?5 AND agent = ?6");
        assertThat(KpiGrain.DETAILED.counters).isEqualTo("kpi_daily");

        assertThat(KpiGrain.DEPARTMENT_AND_CHANNEL.keyValues(key))
                .containsExactly(Date.valueOf(TO), "Financeiro", "EMAIL");
        assertThat(KpiGrain.DEPARTMENT_AND_CHANNEL.keyColumns()).isEqualTo("report_day, department, channel");
        assertThat(KpiGrain.DEPARTMENT_AND_CHANNEL.keyMarks()).isEqualTo("?1, ?2, ?3");
        assertThat(KpiGrain.DEPARTMENT_AND_CHANNEL.counters).isEqualTo("kpi_rollup");
    }

    @Test
    void onlyTheRollUpsRowsAreTheReportsRowsAsTheyStand() {
        assertThat(KpiGrain.DEPARTMENT_AND_CHANNEL.isKeyedAsTheReport()).isTrue();
        assertThat(KpiGrain.DETAILED.isKeyedAsTheReport()).isFalse();
    }

    @Test
    void onlyTheRollUpKeepsTheCategoryTopListInATableOfItsOwn() {
        assertThat(KpiGrain.DETAILED.keepsCategoriesApart()).isFalse();
        assertThat(KpiGrain.DETAILED.categories).isEqualTo("kpi_daily");
        assertThat(KpiGrain.DEPARTMENT_AND_CHANNEL.keepsCategoriesApart()).isTrue();
        assertThat(KpiGrain.DEPARTMENT_AND_CHANNEL.categories).isEqualTo("kpi_rollup_category");
    }
}

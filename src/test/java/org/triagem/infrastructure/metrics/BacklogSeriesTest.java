package org.triagem.infrastructure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.Priority;

/** The backlog gauges: one series per department and priority, registered once, never vanishing. */
class BacklogSeriesTest {

    private static final BacklogSeries.Key FINANCEIRO_P3 = new BacklogSeries.Key("Financeiro", Priority.P3);
    private static final BacklogSeries.Key OUVIDORIA_P1 = new BacklogSeries.Key("Ouvidoria", Priority.P1);

    private final BacklogSeries series = new BacklogSeries();

    @Test
    void asksToRegisterEachDepartmentAndPriorityTheFirstTimeItHasOpenCases() {
        assertThat(series.update(Map.of(FINANCEIRO_P3, 4L))).containsExactly(FINANCEIRO_P3);

        assertThat(series.update(Map.of(FINANCEIRO_P3, 5L, OUVIDORIA_P1, 1L))).containsExactly(OUVIDORIA_P1);
        assertThat(series.update(Map.of(FINANCEIRO_P3, 5L, OUVIDORIA_P1, 2L))).isEmpty();
    }

    @Test
    void readsTheLatestCountOfEachPair() {
        series.update(Map.of(FINANCEIRO_P3, 4L));
        series.update(Map.of(FINANCEIRO_P3, 7L));

        assertThat(series.openCases(FINANCEIRO_P3)).isEqualTo(7);
    }

    @Test
    void readsZeroOnceAPairHasNoOpenCasesLeft() {
        series.update(Map.of(FINANCEIRO_P3, 4L, OUVIDORIA_P1, 1L));

        series.update(Map.of(FINANCEIRO_P3, 3L));

        assertThat(series.openCases(OUVIDORIA_P1)).isZero();
        assertThat(series.update(Map.of(OUVIDORIA_P1, 1L))).as("registered already").isEmpty();
    }
}

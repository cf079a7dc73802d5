package org.triagem.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Top reasons with their change from the period before. */
class RankedTest {

    @Test
    void theLargestComeFirstWithTheirChangeAndANewReasonHasNoChange() {
        var top = Ranked.top(Map.of("cobranca", 6L, "entrega", 9L, "", 1L), Map.of("cobranca", 4L));

        assertThat(top).containsExactly(new Ranked("entrega", 9, 0, null), new Ranked("cobranca", 6, 4, 50.0),
                new Ranked("(none)", 1, 0, null));
    }

    @Test
    void onlyTheTopTenAreListed() {
        Map<String, Long> many = new HashMap<>();
        for (int i = 0; i < 15; i++) {
            many.put("motivo-" + (char) ('a' + i), (long) i + 1);
        }
        assertThat(Ranked.top(many, Map.of())).hasSize(Ranked.TOP).first()
                .isEqualTo(new Ranked("motivo-o", 15, 0, null));
    }

    @Test
    void theFilterBeforeCoversAsManyDaysJustBefore() {
        KpiFilter week = new KpiFilter(java.time.LocalDate.of(2026, 12, 7), java.time.LocalDate.of(2026, 12, 13), null,
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of());
        assertThat(week.previous().from()).isEqualTo(java.time.LocalDate.of(2026, 11, 30));
        assertThat(week.previous().to()).isEqualTo(java.time.LocalDate.of(2026, 12, 6));
    }
}

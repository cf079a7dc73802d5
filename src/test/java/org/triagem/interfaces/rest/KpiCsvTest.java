package org.triagem.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.application.report.CostRates;
import org.triagem.application.report.Counter;
import org.triagem.application.report.Grouping;
import org.triagem.application.report.KpiFilter;
import org.triagem.application.report.KpiReport;
import org.triagem.application.report.KpiRow;

/** The CSV export: the previous period first, the total last, and the new figures in named columns. */
class KpiCsvTest {

    private static final LocalDate MON = LocalDate.of(2026, 11, 30);

    private static KpiRow row(LocalDate day, Counter... countersOfOne) {
        Map<Counter, Long> counters = new EnumMap<>(Counter.class);
        for (Counter c : countersOfOne) {
            counters.merge(c, 1L, Long::sum);
        }
        return new KpiRow(day, "Financeiro", "PHONE", counters);
    }

    private static Map<String, String> line(String csv, String period) {
        String[] lines = csv.split("\r\n");
        List<String> header = Arrays.asList(lines[0].split(",", -1));
        String[] cells = Arrays.stream(lines).filter(l -> l.startsWith(period + ",")).findFirst().orElseThrow()
                .split(",", -1);
        assertThat(cells).hasSameSizeAs(header.toArray());
        Map<String, String> byColumn = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byColumn.put(header.get(i), cells[i]);
        }
        return byColumn;
    }

    @Test
    void thePreviousPeriodComesFirstAndTheTotalStaysLast() {
        KpiFilter day = new KpiFilter(MON, MON, null, Set.of(), Set.of(), Set.of());
        KpiReport report = KpiReport.of(day, Grouping.DAY, "America/Sao_Paulo", List.of(
                row(MON.minusDays(1), Counter.OPENED, Counter.OPENED),
                row(MON, Counter.OPENED, Counter.REPEAT_CONTACTS, Counter.SURVEYS_SENT, Counter.SURVEYS_SENT,
                        Counter.SURVEYS_ANSWERED, Counter.NPS_ANSWERS, Counter.NPS_PROMOTERS, Counter.CONTACTS,
                        Counter.RESOLVED)), List.of(), CostRates.parse(List.of("canal;PHONE;4,50")));

        String csv = KpiCsv.of(report);
        String[] lines = csv.split("\r\n");

        assertThat(lines).extracting(l -> l.substring(0, l.indexOf(','))).containsExactly("period", "previous",
                "2026-11-30", "total");
        Map<String, String> total = line(csv, "total");
        assertThat(total).containsEntry("surveys_sent", "2").containsEntry("surveys_answered", "1")
                .containsEntry("survey_response_rate_percent", "50.0").containsEntry("nps_score", "100")
                .containsEntry("nps_promoters_percent", "100.0").containsEntry("repeat_contacts", "1")
                .containsEntry("repeat_contact_percent", "100.0").containsEntry("cost_total_brl", "4.50")
                .containsEntry("cost_per_resolution_brl", "4.50")
                // nothing to divide by: an empty cell, as the JSON has no value
                .containsEntry("csat_mean", "").containsEntry("requester_wait_mean_minutes", "");
        assertThat(line(csv, "previous")).containsEntry("opened", "2").containsEntry("cost_per_resolution_brl", "");
    }
}

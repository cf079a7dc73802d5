package org.triagem.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rows summed into periods: the total is the sum of the parts, rates are computed after summing. */
class KpiReportTest {

    private static final LocalDate MON = LocalDate.of(2026, 11, 30);
    private static final KpiFilter WEEKS = new KpiFilter(MON, MON.plusDays(13), null, Set.of(), Set.of(), Set.of());

    private static KpiRow row(LocalDate day, String channel, Object... counterAndValue) {
        Map<Counter, Long> counters = new EnumMap<>(Counter.class);
        for (int i = 0; i < counterAndValue.length; i += 2) {
            counters.put((Counter) counterAndValue[i], ((Number) counterAndValue[i + 1]).longValue());
        }
        return new KpiRow(day, channel, counters);
    }

    @Test
    void daysOfOneIsoWeekFallInOnePeriodAndTheTotalIsTheirSum() {
        List<KpiRow> rows = List.of(
                row(MON, "EMAIL", Counter.OPENED, 3, Counter.ESCALATED, 1),
                row(MON.plusDays(6), "PHONE", Counter.OPENED, 1), // Sunday: still the first week
                row(MON.plusDays(7), "EMAIL", Counter.OPENED, 2, Counter.ESCALATED, 1));

        KpiReport report = KpiReport.of(WEEKS, Grouping.WEEK, "America/Sao_Paulo", rows, List.of());

        assertThat(report.periods()).extracting(KpiFigures::period).containsExactly("2026-11-30", "2026-12-07");
        assertThat(report.periods()).extracting(KpiFigures::opened).containsExactly(4L, 2L);
        assertThat(report.periods().get(0).openedByChannel()).isEqualTo(Map.of("EMAIL", 3L, "PHONE", 1L));
        assertThat(report.total().opened()).isEqualTo(6);
        // 1 of 4, 1 of 2, and 2 of 6: a rate of the total is not the mean of the periods' rates
        assertThat(report.periods()).extracting(KpiFigures::escalationPercent).containsExactly(25.0, 50.0);
        assertThat(report.total().escalationPercent()).isEqualTo(33.3);
        assertThat(report.surveys()).isEqualTo(KpiReport.SURVEYS_AWAITED);
    }

    @Test
    void ratesWithoutResolutionsAreAbsentNotZero() {
        KpiReport report = KpiReport.of(WEEKS, Grouping.DAY, "America/Sao_Paulo",
                List.of(row(MON, "EMAIL", Counter.OPENED, 2)), List.of());

        KpiFigures f = report.total();
        assertThat(f.firstContactResolutionPercent()).isNull();
        assertThat(f.reopenPercent()).isNull();
        assertThat(f.firstResponseMinutes()).isEqualTo(new TimeFigures(0, null, null, null));
        assertThat(f.firstResponseSla().compliancePercent()).isNull();
        assertThat(f.escalationPercent()).isEqualTo(0.0);
    }

    @Test
    void fcrAndReopenShareTheFirstResolutionsAsDenominator() {
        KpiReport report = KpiReport.of(WEEKS, Grouping.MONTH, "America/Sao_Paulo", List.of(
                row(MON, "EMAIL", Counter.FIRST_RESOLUTIONS, 4, Counter.ONE_TOUCH, 1, Counter.REOPENED, 1),
                row(MON.plusDays(1), "WEB_FORM", Counter.FIRST_RESOLUTIONS, 1, Counter.ONE_TOUCH, 1)), List.of());

        // months: 30 Nov and 1 Dec are two periods
        assertThat(report.periods()).extracting(KpiFigures::period).containsExactly("2026-11-01", "2026-12-01");
        assertThat(report.total().firstContactResolutionPercent()).isEqualTo(40.0);
        assertThat(report.total().reopenPercent()).isEqualTo(20.0);
    }

    @Test
    void mediansComeFromTheBucketsOfThePeriod() {
        long[] counts = new long[TimeBuckets.COUNT];
        counts[TimeBuckets.of(60)] = 2;
        KpiReport report = KpiReport.of(WEEKS, Grouping.DAY, "America/Sao_Paulo",
                List.of(row(MON, "EMAIL", Counter.FIRST_RESPONSES, 2, Counter.FIRST_RESPONSE_MINUTES, 150)),
                List.of(new KpiBuckets(MON, TimeSeries.FIRST_RESPONSE_MINUTES, counts)));

        assertThat(report.total().firstResponseMinutes()).isEqualTo(new TimeFigures(2, 75.0, 90.0, 114.0));
    }
}

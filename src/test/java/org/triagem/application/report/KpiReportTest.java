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
    }

    @Test
    void theDaysJustBeforeFromAreThePreviousFiguresAndNotPartOfTheTotal() {
        List<KpiRow> rows = List.of(
                row(MON.minusDays(14), "EMAIL", Counter.OPENED, 7), // first day of the previous 14
                row(MON.minusDays(1), "PHONE", Counter.OPENED, 1, Counter.REPEAT_CONTACTS, 1),
                row(MON.minusDays(15), "EMAIL", Counter.OPENED, 100), // before the previous period: nowhere
                row(MON, "EMAIL", Counter.OPENED, 4, Counter.REPEAT_CONTACTS, 1));

        KpiReport report = KpiReport.of(WEEKS, Grouping.WEEK, "America/Sao_Paulo", rows, List.of());

        assertThat(report.total().opened()).isEqualTo(4);
        assertThat(report.periods()).extracting(KpiFigures::period).containsExactly("2026-11-30");
        assertThat(report.previous().period()).isEqualTo("previous");
        assertThat(report.previous().opened()).isEqualTo(8);
        // repeat contacts over cases opened: 1 of 4 now, 1 of 8 before
        assertThat(report.total().repeatContactPercent()).isEqualTo(25.0);
        assertThat(report.previous().repeatContactPercent()).isEqualTo(12.5);
    }

    @Test
    void surveyScoresComeFromTheSummedAnswersWithTheResponseRateBeside() {
        KpiReport report = KpiReport.of(WEEKS, Grouping.DAY, "America/Sao_Paulo", List.of(
                // 10 sent, 4 answered; CSAT 5, 4, 2 (sum 11, two satisfied); NPS 10, 9, 8, 3; CES 6 and 3
                row(MON, "EMAIL", Counter.SURVEYS_SENT, 10, Counter.SURVEYS_ANSWERED, 3, Counter.CSAT_ANSWERS, 2,
                        Counter.CSAT_SCORE_SUM, 9, Counter.CSAT_SATISFIED, 2, Counter.NPS_ANSWERS, 3,
                        Counter.NPS_PROMOTERS, 2, Counter.NPS_PASSIVES, 1, Counter.CES_ANSWERS, 2,
                        Counter.CES_SCORE_SUM, 9, Counter.CES_EASY, 1),
                row(MON.plusDays(1), "PHONE", Counter.SURVEYS_ANSWERED, 1, Counter.CSAT_ANSWERS, 1,
                        Counter.CSAT_SCORE_SUM, 2, Counter.NPS_ANSWERS, 1, Counter.NPS_DETRACTORS, 1)), List.of());

        SurveyFigures s = report.total().surveys();
        assertThat(s.sent()).isEqualTo(10);
        assertThat(s.answered()).isEqualTo(4);
        assertThat(s.responseRatePercent()).isEqualTo(40.0);
        assertThat(s.csat()).isEqualTo(new SurveyFigures.Csat(3, 3.67, 66.7));
        // (2 promoters - 1 detractor) of 4 answers = 25
        assertThat(s.nps()).isEqualTo(new SurveyFigures.Nps(4, 25L, 2, 1, 1, 50.0, 25.0, 25.0));
        assertThat(s.ces()).isEqualTo(new SurveyFigures.Ces(2, 4.5, 50.0));
        // the second day alone: one detractor answer, no survey sent that day
        SurveyFigures second = report.periods().get(1).surveys();
        assertThat(second.responseRatePercent()).isNull();
        assertThat(second.nps().score()).isEqualTo(-100L);
        assertThat(second.ces().mean()).isNull();
    }

    @Test
    void theCostPricesEachDepartmentsMinutesAndEachChannelsContacts() {
        CostRates rates = CostRates.parse(List.of("departamento;Financeiro;42,00", "departamento;*;30",
                "canal;PHONE;4,50", "canal;EMAIL;1,20"));
        List<KpiRow> rows = List.of(
                new KpiRow(MON, "Financeiro", "PHONE", Map.of(Counter.IN_PROGRESS_MINUTES, 90L, Counter.CONTACTS, 2L,
                        Counter.RESOLVED, 2L)),
                new KpiRow(MON, "Logística", "EMAIL", Map.of(Counter.IN_PROGRESS_MINUTES, 30L, Counter.CONTACTS, 1L,
                        Counter.RESOLVED, 1L)));

        KpiReport report = KpiReport.of(WEEKS, Grouping.DAY, "America/Sao_Paulo", rows, List.of(), rates);

        // 1.5 h x 42 = 63.00 + 0.5 h x 30 (the * rate) = 15.00 + 2 x 4.50 + 1 x 1.20 = 88.20, over 3 resolutions
        assertThat(report.total().cost()).isEqualTo(new CostFigures(new java.math.BigDecimal("88.20"),
                new java.math.BigDecimal("29.40")));
        assertThat(KpiReport.of(WEEKS, Grouping.DAY, "America/Sao_Paulo", rows, List.of()).total().cost())
                .as("no costs configured: no figure, rather than R$ 0").isNull();
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
        assertThat(f.surveys().responseRatePercent()).isNull();
        assertThat(f.surveys().csat().mean()).isNull();
        assertThat(f.surveys().nps().score()).isNull();
        assertThat(f.requesterWaitMinutes()).isEqualTo(new TimeFigures(0, null, null, null));
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

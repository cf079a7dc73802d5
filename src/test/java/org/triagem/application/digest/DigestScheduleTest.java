package org.triagem.application.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Which run is the latest at a moment, and which days it covers. */
class DigestScheduleTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final DigestSchedule MONDAY_8 = new DigestSchedule(Cadence.WEEKLY, DayOfWeek.MONDAY,
            LocalTime.of(8, 0), SAO_PAULO);

    @Test
    void onMondayAtEightTheWeekBeforeIsDue() {
        // Monday 7 December 2026, 08:00 in São Paulo is 11:00 UTC
        DigestSchedule.Run run = MONDAY_8.latestAt(Instant.parse("2026-12-07T11:00:00Z"));

        assertThat(run.at().toLocalDateTime()).hasToString("2026-12-07T08:00");
        assertThat(run.period()).isEqualTo(new DigestPeriod(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6)));
    }

    @Test
    void aMinuteBeforeEightOnMondayTheWeekBeforeThatIsStillTheLatest() {
        DigestSchedule.Run run = MONDAY_8.latestAt(Instant.parse("2026-12-07T10:59:00Z"));

        assertThat(run.at().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(run.period()).isEqualTo(new DigestPeriod(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)));
    }

    @Test
    void midWeekTheRunOfMondayStaysTheLatestSoADownNodeCatchesUp() {
        DigestSchedule.Run run = MONDAY_8.latestAt(Instant.parse("2026-12-10T21:00:00Z"));

        assertThat(run.at().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(run.period().days()).isEqualTo(7);
    }

    @Test
    void theDayIsCutInTheZoneNotInUtc() {
        // Monday 02:00 UTC is still Sunday 23:00 in São Paulo
        DigestSchedule.Run run = MONDAY_8.latestAt(Instant.parse("2026-12-07T02:00:00Z"));

        assertThat(run.at().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void dailyAndMonthlyCoverTheDayAndTheMonthBefore() {
        DigestSchedule daily = new DigestSchedule(Cadence.DAILY, DayOfWeek.MONDAY, LocalTime.of(7, 30), SAO_PAULO);
        DigestSchedule monthly = new DigestSchedule(Cadence.MONTHLY, DayOfWeek.MONDAY, LocalTime.of(8, 0), SAO_PAULO);
        Instant now = Instant.parse("2026-03-01T12:00:00Z");

        assertThat(daily.latestAt(now).period()).isEqualTo(new DigestPeriod(LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 2, 28)));
        assertThat(monthly.latestAt(now).period()).isEqualTo(new DigestPeriod(LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28)));
        assertThat(monthly.latestAt(Instant.parse("2026-03-01T10:00:00Z")).period())
                .isEqualTo(new DigestPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));
    }

    @Test
    void aPeriodIsComparedWithTheEquallyLongOneBefore() {
        DigestPeriod week = new DigestPeriod(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6));

        assertThat(week.previous()).isEqualTo(new DigestPeriod(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)));
        assertThatThrownBy(() -> new DigestPeriod(LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cadence.parse("fortnightly")).hasMessageContaining("daily, weekly or monthly");
        assertThat(Cadence.parse(" Weekly ")).isEqualTo(Cadence.WEEKLY);
    }
}

package org.triagem.domain.model.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Business-minute arithmetic on the default calendar: Monday to Friday, 08:00-18:00, São Paulo. */
class BusinessCalendarTest {

    private static final BusinessCalendar SAC = BusinessCalendar.standard();

    private static OffsetDateTime sp(int year, int month, int day, int hour, int minute) {
        return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, ZoneOffset.ofHours(-3));
    }

    @Test
    void addsMinutesWithinTheWorkingDay() {
        assertThat(SAC.plus(sp(2026, 11, 23, 9, 0), 60)).isEqualTo(sp(2026, 11, 23, 10, 0));
    }

    @Test
    void carriesOverTheEveningToTheNextMorning() {
        assertThat(SAC.plus(sp(2026, 11, 23, 17, 30), 60)).isEqualTo(sp(2026, 11, 24, 8, 30));
    }

    @Test
    void endsExactlyAtClosingTimeRatherThanTheNextMorning() {
        assertThat(SAC.plus(sp(2026, 11, 23, 17, 0), 60)).isEqualTo(sp(2026, 11, 23, 18, 0));
    }

    @Test
    void startsTheCountAtOpeningForACaseOpenedAtNight() {
        assertThat(SAC.plus(sp(2026, 11, 23, 22, 15), 30)).isEqualTo(sp(2026, 11, 24, 8, 30));
        assertThat(SAC.plus(sp(2026, 11, 24, 3, 0), 30)).isEqualTo(sp(2026, 11, 24, 8, 30));
    }

    @Test
    void skipsTheWeekend() {
        assertThat(SAC.plus(sp(2026, 11, 27, 17, 0), 120)).isEqualTo(sp(2026, 11, 30, 9, 0));
        assertThat(SAC.plus(sp(2026, 11, 28, 10, 0), 60)).isEqualTo(sp(2026, 11, 30, 9, 0));
    }

    @Test
    void skipsChristmasAndNewYearAcrossTheYearEnd() {
        // Thu 24 Dec 2026 17:00 + 3 h: Fri 25 is Christmas, then the weekend, Mon 28 at 10:00.
        assertThat(SAC.plus(sp(2026, 12, 24, 17, 0), 180)).isEqualTo(sp(2026, 12, 28, 10, 0));
        // Thu 31 Dec 2026 17:00 + 2 h: Fri 1 Jan is a holiday, Mon 4 Jan 2027 at 09:00.
        assertThat(SAC.plus(sp(2026, 12, 31, 17, 0), 120)).isEqualTo(sp(2027, 1, 4, 9, 0));
    }

    @Test
    void skipsCarnavalAndCorpusChristi() {
        // Fri 13 Feb 2026 17:00 + 2 h: Mon 16 and Tue 17 are Carnaval.
        assertThat(SAC.plus(sp(2026, 2, 13, 17, 0), 120)).isEqualTo(sp(2026, 2, 18, 9, 0));
        // Wed 3 Jun 2026 17:00 + 2 h: Thu 4 is Corpus Christi.
        assertThat(SAC.plus(sp(2026, 6, 3, 17, 0), 120)).isEqualTo(sp(2026, 6, 5, 9, 0));
    }

    @Test
    void measuresBusinessMinutesOverANightAndAWeekend() {
        assertThat(SAC.minutesBetween(sp(2026, 11, 27, 17, 0), sp(2026, 11, 30, 9, 0))).isEqualTo(120);
        assertThat(SAC.minutesBetween(sp(2026, 11, 28, 9, 0), sp(2026, 11, 29, 17, 0))).isZero();
        assertThat(SAC.minutesBetween(sp(2026, 11, 30, 9, 0), sp(2026, 11, 27, 17, 0))).isEqualTo(-120);
    }

    @Test
    void countsTheTimeOfAnInstantGivenInAnotherZone() {
        OffsetDateTime nineInSaoPauloAsUtc = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);
        assertThat(SAC.plus(nineInSaoPauloAsUtc, 60)).isEqualTo(sp(2026, 11, 23, 10, 0));
    }

    @Test
    void honoursADepartmentsOwnDayOff() {
        BusinessCalendar saoPauloCity = SAC.withDayOff(new Holiday(LocalDate.of(2026, 1, 26), "Aniversário de SP"));
        assertThat(saoPauloCity.plus(sp(2026, 1, 23, 17, 0), 120)).isEqualTo(sp(2026, 1, 27, 9, 0));
        assertThat(saoPauloCity.holidayOn(LocalDate.of(2026, 1, 26))).isEqualTo("Aniversário de SP");
    }

    @Test
    void countsSaturdayMorningsOfADepartmentThatWorksThem() {
        BusinessCalendar withSaturday = new BusinessCalendar(BusinessCalendar.SAO_PAULO, Map.of(
                DayOfWeek.FRIDAY, new WorkingHours(LocalTime.of(8, 0), LocalTime.of(18, 0)),
                DayOfWeek.SATURDAY, new WorkingHours(LocalTime.of(9, 0), LocalTime.of(13, 0))), List.of());
        assertThat(withSaturday.plus(sp(2026, 11, 27, 17, 0), 120)).isEqualTo(sp(2026, 11, 28, 10, 0));
    }

    @Test
    void refusesACalendarWithoutWorkingDays() {
        assertThatThrownBy(() -> new BusinessCalendar(BusinessCalendar.SAO_PAULO, Map.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsAndWritesTheStoredWeekFormat() {
        var week = DepartmentCalendar.parse("MON 08:00-18:00, sat 09:00-13:00");
        assertThat(week).containsEntry(DayOfWeek.SATURDAY, new WorkingHours(LocalTime.of(9, 0), LocalTime.of(13, 0)));
        assertThat(DepartmentCalendar.format(week)).isEqualTo("MON 08:00-18:00, SAT 09:00-13:00");
    }
}

package org.triagem.domain.model.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Adding business minutes and measuring them back agree, whenever the count starts. */
class BusinessTimePropertiesTest {

    private static final BusinessCalendar SAC = BusinessCalendar.standard();
    private static final OffsetDateTime EPOCH = OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-3));

    private static OffsetDateTime start(long secondsAfter2020) {
        return EPOCH.plusSeconds(secondsAfter2020);
    }

    @Property(tries = 2000)
    void measuringBackWhatWasAddedGivesTheSameMinutes(
            @ForAll @LongRange(min = 0, max = 10L * 366 * 24 * 3600) long at,
            @ForAll @LongRange(min = 0, max = 20_000) long minutes) {
        OffsetDateTime from = start(at);
        assertThat(SAC.minutesBetween(from, SAC.plus(from, minutes))).isEqualTo(minutes);
    }

    @Property(tries = 1000)
    void addingInTwoStepsEqualsAddingAtOnce(
            @ForAll @LongRange(min = 0, max = 10L * 366 * 24 * 3600) long at,
            @ForAll @LongRange(min = 1, max = 5_000) long first,
            @ForAll @LongRange(min = 1, max = 5_000) long second) {
        OffsetDateTime from = start(at);
        assertThat(SAC.plus(SAC.plus(from, first), second)).isEqualTo(SAC.plus(from, first + second));
    }

    @Property(tries = 1000)
    void aDueTimeNeverFallsOnADayOff(
            @ForAll @LongRange(min = 0, max = 10L * 366 * 24 * 3600) long at,
            @ForAll @LongRange(min = 1, max = 20_000) long minutes) {
        OffsetDateTime due = SAC.plus(start(at), minutes);
        assertThat(SAC.isWorkingDay(due.atZoneSameInstant(SAC.zone()).toLocalDate())).isTrue();
    }
}

package org.triagem.domain.model.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.domain.model.routing.CheckpointClock.FIRST_RESPONSE;
import static org.triagem.domain.model.routing.CheckpointClock.LEGAL;
import static org.triagem.domain.model.routing.CheckpointClock.RESOLUTION;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.routing.CheckpointClock;

/** The clock a queue row counts down to: the running one due first, whichever kind it is. */
class NextDueTest {

    private static final ClockSettings SETTINGS = ClockSettings.standard();
    /** A Monday, 09:00 in São Paulo. */
    private static final OffsetDateTime OPENED = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(-3));

    private static SlaClock clock(CheckpointClock kind, long targetMinutes, boolean pausable) {
        return new SlaClock(null, kind, targetMinutes, pausable, SETTINGS.measureFor(kind), OPENED);
    }

    @Test
    void aNewCaseCountsDownToItsFirstResponse() {
        SlaClock first = clock(FIRST_RESPONSE, 240, true);
        List<SlaClock> clocks = List.of(clock(LEGAL, 7 * 24 * 60, false), clock(RESOLUTION, 1440, true), first);

        assertThat(NextDue.among(clocks)).contains(new NextDue(FIRST_RESPONSE, first.dueAt()));
    }

    @Test
    void onceAnsweredTheResolutionClockIsNext() {
        SlaClock first = clock(FIRST_RESPONSE, 240, true);
        SlaClock resolution = clock(RESOLUTION, 1440, true);
        first.meet(OPENED.plusMinutes(30));

        assertThat(NextDue.among(List.of(first, resolution, clock(LEGAL, 7 * 24 * 60, false))))
                .contains(new NextDue(RESOLUTION, resolution.dueAt()));
    }

    @Test
    void aPausedClockFallsDueAtNoTimeSoTheLegalClockIsNext() {
        SlaClock resolution = clock(RESOLUTION, 60, true);
        SlaClock legal = clock(LEGAL, 7 * 24 * 60, false);
        resolution.pause(OPENED.plusMinutes(10));

        assertThat(NextDue.among(List.of(resolution, legal))).contains(new NextDue(LEGAL, legal.dueAt()));
    }

    @Test
    void anOverdueClockThatStillRunsIsStillTheNextOne() {
        SlaClock first = clock(FIRST_RESPONSE, 60, true);
        first.markBreached();

        assertThat(NextDue.among(List.of(first, clock(LEGAL, 7 * 24 * 60, false))))
                .map(NextDue::clock).contains(FIRST_RESPONSE);
    }

    @Test
    void aCaseWithNoRunningClockHasNone() {
        SlaClock first = clock(FIRST_RESPONSE, 60, true);
        SlaClock legal = clock(LEGAL, 7 * 24 * 60, false);
        first.meet(OPENED.plusMinutes(5));
        legal.meet(OPENED.plusMinutes(5));

        assertThat(NextDue.among(List.of(first, legal))).isEmpty();
        assertThat(NextDue.among(List.of())).isEmpty();
    }
}

package org.triagem.domain.model.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.domain.model.routing.CheckpointClock.FIRST_RESPONSE;
import static org.triagem.domain.model.routing.CheckpointClock.LEGAL;
import static org.triagem.domain.model.routing.CheckpointClock.RESOLUTION;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.department.BusinessCalendar;
import org.triagem.domain.model.department.WorkingHours;
import org.triagem.domain.model.routing.CheckpointClock;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.sla.SlaCheckpoint;
import org.triagem.domain.model.sla.SlaClock;
import org.triagem.domain.model.sla.SlaPolicy;
import org.triagem.domain.model.sla.SlaTargets;

/**
 * The clocks part on its own: a fresh pair of lists, as a case holds them, and the department's settings
 * passed to every operation. The department here works 09:00 to 13:00, so a result on the default
 * calendar (08:00 to 18:00) would show.
 */
class SlaTimersTest {

    private static final OffsetDateTime MONDAY_9AM = sp(23, 9, 0);
    private static final SlaTargets TARGETS = new SlaTargets(240, 1440, 7);
    private static final ClockSettings MORNINGS = new ClockSettings(mornings(), SlaPolicy.DEFAULT);

    private final List<SlaClock> clocks = new ArrayList<>();
    private final List<SlaCheckpoint> checkpoints = new ArrayList<>();
    private final SlaTimers timers = new SlaTimers(owner(), clocks, checkpoints);

    private static OffsetDateTime sp(int day, int hour, int minute) {
        return OffsetDateTime.of(2026, 11, day, hour, minute, 0, 0, ZoneOffset.ofHours(-3));
    }

    private static BusinessCalendar mornings() {
        Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(d, new WorkingHours(LocalTime.of(9, 0), LocalTime.of(13, 0)));
        }
        return new BusinessCalendar(BusinessCalendar.SAO_PAULO, week, List.of());
    }

    /** The case the clock rows belong to; its own clocks are not the ones under test. */
    private static Case owner() {
        IncomingContact contact = new IncomingContact(Channel.WEB_FORM, null, Customer.anonymous(), "Procon",
                "Vou ao Procon", null);
        RoutingDecision decision = new RoutingDecision("legal", Set.of(), "Ouvidoria", Priority.P2, TARGETS, "v1",
                List.of(), null);
        return Case.open(ProtocolNumber.issue(2026, 3), contact, decision, MORNINGS, MONDAY_9AM);
    }

    private List<OffsetDateTime> openDues(CheckpointClock kind) {
        return checkpoints.stream().filter(cp -> cp.clock() == kind && cp.isOpen())
                .sorted(java.util.Comparator.comparingInt(SlaCheckpoint::level)).map(SlaCheckpoint::dueAt).toList();
    }

    @Test
    void startsOneClockOfEachKindOnTheDepartmentsHoursWithItsCheckpoints() {
        timers.start(TARGETS, MORNINGS, MONDAY_9AM);

        assertThat(clocks).extracting(SlaClock::kind).containsExactly(FIRST_RESPONSE, RESOLUTION, LEGAL);
        assertThat(timers.clock(FIRST_RESPONSE).dueAt()).isEqualTo(sp(23, 13, 0));
        // 1,440 minutes at 240 a day: six working days, Monday to the next Monday.
        assertThat(timers.clock(RESOLUTION).dueAt()).isEqualTo(sp(30, 13, 0));
        assertThat(timers.clock(LEGAL).dueAt()).isEqualTo(MONDAY_9AM.plusDays(7));
        assertThat(checkpoints).hasSize(9);
    }

    @Test
    void pausesOnlyThePausableClocksAndDropsTheirOpenCheckpoints() {
        timers.start(TARGETS, MORNINGS, MONDAY_9AM);

        assertThat(timers.pause(sp(23, 10, 0)).params()).containsEntry("clocks", "FIRST_RESPONSE,RESOLUTION");

        assertThat(openDues(FIRST_RESPONSE)).isEmpty();
        assertThat(openDues(LEGAL)).hasSize(3);
        assertThat(timers.pause(sp(23, 11, 0)).hasClocks()).isFalse();
    }

    @Test
    void resumesOnTheSettingsItIsGivenAndPlacesTheCheckpointsAgain() {
        timers.start(TARGETS, MORNINGS, MONDAY_9AM);
        timers.pause(sp(23, 10, 0)); // 60 of 240 minutes used

        EventDetail resumed = timers.resume(MORNINGS, sp(24, 11, 0));

        // 180 minutes left from Tuesday 11:00: 120 on Tuesday, 60 on Wednesday.
        assertThat(timers.clock(FIRST_RESPONSE).dueAt()).isEqualTo(sp(25, 10, 0));
        assertThat(resumed.line()).startsWith("clocks resumed: FIRST_RESPONSE due " + sp(25, 10, 0));
        assertThat(resumed.params()).containsEntry("FIRST_RESPONSE.due", sp(25, 10, 0).toString());
        assertThat(openDues(FIRST_RESPONSE)).containsExactly(sp(24, 12, 0), sp(25, 9, 12), sp(25, 10, 0));
    }

    @Test
    void meetsEachClockOnceSayingWhetherItWasInTime() {
        timers.start(TARGETS, MORNINGS, MONDAY_9AM);

        assertThat(timers.meet(List.of(FIRST_RESPONSE), sp(23, 14, 0)).line())
                .isEqualTo("clocks met: FIRST_RESPONSE late (due " + sp(23, 13, 0) + ")");
        EventDetail second = timers.meet(List.of(FIRST_RESPONSE, RESOLUTION), sp(24, 9, 0));
        assertThat(second.line()).isEqualTo("clocks met: RESOLUTION in time (due " + sp(30, 13, 0) + ")");
        assertThat(second.params()).containsEntry("clocks", "RESOLUTION").containsEntry("RESOLUTION.late", "false")
                .containsEntry("RESOLUTION.due", sp(30, 13, 0).toString());
        assertThat(openDues(FIRST_RESPONSE)).isEmpty();
    }

    @Test
    void retargetingKeepsTheTimeUsedAndMovesTheOpenCheckpoints() {
        timers.start(TARGETS, MORNINGS, MONDAY_9AM);

        timers.retarget(new SlaTargets(60, 480, 5), MORNINGS);

        assertThat(timers.clock(FIRST_RESPONSE).dueAt()).isEqualTo(sp(23, 10, 0));
        assertThat(timers.clock(LEGAL).dueAt()).isEqualTo(MONDAY_9AM.plusDays(5));
        assertThat(openDues(FIRST_RESPONSE)).containsExactly(sp(23, 9, 30), sp(23, 9, 48), sp(23, 10, 0));
    }

    @Test
    void aCheckpointAtOneHundredPercentBreachesAndOnceFiredPlacesTheNextReminder() {
        timers.start(TARGETS, MORNINGS, MONDAY_9AM);
        SlaCheckpoint at80 = checkpoints.stream().filter(cp -> cp.clock() == FIRST_RESPONSE && cp.level() == 2)
                .findFirst().orElseThrow();
        SlaCheckpoint at100 = checkpoints.stream().filter(cp -> cp.clock() == FIRST_RESPONSE && cp.level() == 3)
                .findFirst().orElseThrow();

        assertThat(timers.breachAt(at80)).isFalse();
        assertThat(timers.breachAt(at100)).isTrue();
        timers.fired(at100, "FIRST_RESPONSE at 100%", MORNINGS, sp(23, 13, 0));

        assertThat(at100.isOpen()).isFalse();
        assertThat(timers.clock(FIRST_RESPONSE).isBreached()).isTrue();
        // The default policy repeats every 4 hours past the due time: calendar hours, 17:00 on Monday.
        assertThat(openDues(FIRST_RESPONSE)).containsExactly(sp(23, 11, 0), sp(23, 12, 12), sp(23, 17, 0));
    }

    @Test
    void describesTargetsAsTheHistoryShowsThem() {
        assertThat(SlaTimers.describe(TARGETS)).isEqualTo("240/1440 min, 7 d");
    }
}

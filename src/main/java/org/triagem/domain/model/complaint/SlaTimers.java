package org.triagem.domain.model.complaint;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.triagem.domain.model.routing.CheckpointClock;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.sla.ClockState;
import org.triagem.domain.model.sla.SlaCheckpoint;
import org.triagem.domain.model.sla.SlaClock;
import org.triagem.domain.model.sla.SlaTargets;

/**
 * A case's SLA clocks and their escalation checkpoints: starting them, pausing them while the case waits
 * on the customer, resuming, meeting, re-targeting, and firing a due checkpoint. Every operation takes
 * the {@link ClockSettings} of the case's department; there is no default calendar here, so a caller
 * cannot forget the department's hours.
 *
 * <p>Reached, to read, through {@link Case#sla()}; its changes are the case's to make.
 * A view over the case's own two collections, made for one change and dropped (like
 * {@link CheckpointSchedule}): the case stays the JPA owner of the rows and the only writer of its
 * history. So the operations answer with what they did, in the words the history uses, and the case
 * records it.
 */
public final class SlaTimers {

    private final Case owner;
    private final List<SlaClock> clocks;
    private final List<SlaCheckpoint> checkpoints;

    SlaTimers(Case owner, List<SlaClock> clocks, List<SlaCheckpoint> checkpoints) {
        this.owner = owner;
        this.clocks = clocks;
        this.checkpoints = checkpoints;
    }

    /** Starts one clock of each kind on the targets, each with its checkpoints. */
    void start(SlaTargets targets, ClockSettings settings, OffsetDateTime now) {
        for (CheckpointClock kind : CheckpointClock.values()) {
            SlaClock clock = new SlaClock(owner, kind, ClockSettings.targetMinutes(kind, targets),
                    settings.policy().pausing().contains(kind), settings.measureFor(kind), now);
            clocks.add(clock);
            schedule().schedule(clock, settings);
        }
    }

    /**
     * Restarts the clocks of those kinds from zero on the targets, with their checkpoints armed again (a
     * reopened case owes a new resolution and a new legal answer); answers the kinds restarted.
     */
    EventDetail restart(Collection<CheckpointClock> kinds, SlaTargets targets, ClockSettings settings,
            OffsetDateTime now) {
        EventDetail restarted = EventDetail.of("clocks restarted: ");
        for (CheckpointClock kind : kinds) {
            SlaClock clock = clock(kind);
            if (clock != null) {
                clock.restart(ClockSettings.targetMinutes(kind, targets), settings.measureFor(kind), now);
                schedule().rearm(clock, settings);
                restarted.clock(kind, kind.name() + " (due " + clock.dueAt() + ")", "due", clock.dueAt());
            }
        }
        return restarted;
    }

    /** Stops the pausable clocks and drops their open checkpoints; answers the kinds paused. */
    EventDetail pause(OffsetDateTime now) {
        EventDetail paused = EventDetail.of("clocks paused: ");
        for (SlaClock clock : clocks) {
            if (clock.pause(now)) {
                schedule().dropOpen(clock.kind());
                paused.clock(clock.kind(), clock.kind().name());
            }
        }
        return paused;
    }

    /** Counts again on the department's calendar and places the checkpoints anew; answers each new due time. */
    EventDetail resume(ClockSettings settings, OffsetDateTime now) {
        EventDetail resumed = EventDetail.of("clocks resumed: ");
        for (SlaClock clock : clocks) {
            if (clock.resume(settings.measureFor(clock.kind()), now)) {
                schedule().schedule(clock, settings);
                resumed.clock(clock.kind(), clock.kind() + " due " + clock.dueAt(), "due", clock.dueAt());
            }
        }
        return resumed;
    }

    /** The response or resolution came: these clocks stop, once; answers each with whether it was in time. */
    EventDetail meet(Collection<CheckpointClock> kinds, OffsetDateTime now) {
        EventDetail met = EventDetail.of("clocks met: ");
        for (CheckpointClock kind : kinds) {
            SlaClock clock = clock(kind);
            if (clock != null && clock.meet(now)) {
                schedule().dropOpen(kind);
                boolean late = clock.state(now) == ClockState.BREACHED;
                met.clock(kind, kind + (late ? " late" : " in time") + " (due " + clock.dueAt() + ")",
                        "due", clock.dueAt(), "late", late);
            }
        }
        return met;
    }

    /** New targets: every clock keeps the time it used, and its open checkpoints move. */
    void retarget(SlaTargets targets, ClockSettings settings) {
        for (SlaClock clock : clocks) {
            clock.retarget(ClockSettings.targetMinutes(clock.kind(), targets), settings.measureFor(clock.kind()));
            schedule().schedule(clock, settings);
        }
    }

    /** A checkpoint at or past 100 % found its clock overdue: the clock is breached. False before 100 %. */
    boolean breachAt(SlaCheckpoint checkpoint) {
        SlaClock clock = clock(checkpoint.clock());
        if (checkpoint.percent() < 100 || clock == null) {
            return false;
        }
        clock.markBreached();
        return true;
    }

    /** Marks the checkpoint fired; past 100 % on a clock still counting, the next reminder is placed. */
    void fired(SlaCheckpoint checkpoint, String outcome, ClockSettings settings, OffsetDateTime now) {
        checkpoint.fire(now, outcome);
        SlaClock clock = clock(checkpoint.clock());
        if (checkpoint.percent() >= 100 && clock != null && clock.isCounting()) {
            schedule().scheduleRepeat(clock, checkpoint.level() + 1, settings);
        }
    }

    /** The clock of that kind (null only for cases opened before clocks existed). */
    public SlaClock clock(CheckpointClock kind) {
        return clocks.stream().filter(c -> c.kind() == kind).findFirst().orElse(null);
    }

    public List<SlaClock> clocks() {
        return Collections.unmodifiableList(clocks);
    }

    public List<SlaCheckpoint> checkpoints() {
        return Collections.unmodifiableList(checkpoints);
    }

    /** Targets as the history shows them: {@code 240/1440 min, 7 d}. */
    static String describe(SlaTargets t) {
        return t.firstResponseMinutes() + "/" + t.resolutionMinutes() + " min, " + t.legalDays() + " d";
    }

    private CheckpointSchedule schedule() {
        return new CheckpointSchedule(owner, checkpoints);
    }
}

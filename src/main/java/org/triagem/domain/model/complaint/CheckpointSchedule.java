package org.triagem.domain.model.complaint;

import java.time.OffsetDateTime;
import java.util.List;
import org.triagem.domain.model.routing.CheckpointClock;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.sla.SlaCheckpoint;
import org.triagem.domain.model.sla.SlaClock;

/**
 * Where a case's escalation checkpoints fall on its SLA clocks: one per level of the policy (at 50 %,
 * 80 %, 100 % of the target, say) and, once a clock is overdue, a repeat every so often. A view over the
 * case's own list of checkpoints, made for one change and dropped: the case stays the only owner of its
 * state, and this keeps the arithmetic of the schedule out of the aggregate's verbs.
 */
final class CheckpointSchedule {

    private final Case owner;
    private final List<SlaCheckpoint> checkpoints;

    CheckpointSchedule(Case owner, List<SlaCheckpoint> checkpoints) {
        this.owner = owner;
        this.checkpoints = checkpoints;
    }

    /**
     * Places every level's checkpoint for the clock's current target and state, and moves the repeats
     * already scheduled past a breach; a clock that is not counting (paused, met) keeps none open.
     */
    void schedule(SlaClock clock, ClockSettings settings) {
        var policy = settings.policy();
        var measure = settings.measureFor(clock.kind());
        for (int level = 1; level <= policy.levels(); level++) {
            OffsetDateTime due = clock.dueAtPercent(policy.percentAt(level), measure);
            place(clock, level, policy.percentAt(level), due);
        }
        for (SlaCheckpoint cp : List.copyOf(checkpoints)) {
            if (cp.clock() == clock.kind() && cp.level() > policy.levels() && cp.isOpen()) {
                place(clock, cp.level(), cp.percent(), clock.isCounting()
                        ? clock.dueAt().plus(policy.repeatAfterBreach().multipliedBy(cp.level() - policy.levels()))
                        : null);
            }
        }
    }

    /** The next reminder on an overdue clock: {@code level} counts on past the policy's last level. */
    void scheduleRepeat(SlaClock clock, int level, ClockSettings settings) {
        var policy = settings.policy();
        int repeats = level - policy.levels();
        long percent = 100 + policy.repeatAfterBreach().toMinutes() * repeats * 100 / clock.targetMinutes();
        place(clock, level, (int) Math.min(Integer.MAX_VALUE, percent),
                clock.dueAt().plus(policy.repeatAfterBreach().multipliedBy(repeats)));
    }

    /**
     * The clock counts again from zero: each level's checkpoint watches again (re-armed, since a
     * (case, clock, level) row is unique), and the repeats past an earlier breach are dropped.
     */
    void rearm(SlaClock clock, ClockSettings settings) {
        int levels = settings.policy().levels();
        checkpoints.removeIf(cp -> cp.clock() == clock.kind() && cp.level() > levels);
        checkpoints.stream().filter(cp -> cp.clock() == clock.kind() && !cp.isOpen())
                .forEach(cp -> cp.rearm(clock.dueAtPercent(cp.percent(), settings.measureFor(clock.kind()))));
        schedule(clock, settings);
    }

    /** The clock stopped counting (paused or met): its open checkpoints have nothing left to watch. */
    void dropOpen(CheckpointClock kind) {
        checkpoints.removeIf(cp -> cp.clock() == kind && cp.isOpen());
    }

    /** Creates, moves or (with no due time: the clock is not counting) drops an open checkpoint. */
    private void place(SlaClock clock, int level, int percent, OffsetDateTime due) {
        SlaCheckpoint existing = checkpoints.stream()
                .filter(cp -> cp.clock() == clock.kind() && cp.level() == level).findFirst().orElse(null);
        if (existing != null && !existing.isOpen()) {
            return;
        }
        if (due == null) {
            if (existing != null) {
                checkpoints.remove(existing);
            }
        } else if (existing == null) {
            checkpoints.add(new SlaCheckpoint(owner, clock.kind(), level, percent, due));
        } else {
            existing.reschedule(due);
        }
    }
}

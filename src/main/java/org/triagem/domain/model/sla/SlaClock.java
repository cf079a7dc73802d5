package org.triagem.domain.model.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.department.TimeMeasure;
import org.triagem.domain.model.routing.CheckpointClock;

/**
 * One SLA clock of a case: a target in counted minutes (business minutes, or calendar minutes for the
 * legal clock), the minutes already used before the current running stretch, and the due time that
 * follows. Pausing stops the count; resuming moves the due time by the time spent paused. Changed only
 * through its case.
 */
@Entity
@Table(name = "sla_clock")
public class SlaClock {

    /**
     * Whether the clock counts. Public only so that a query can ask for the counting clocks (the staff
     * queue's due filters and sort); the clock itself changes phase only through its verbs.
     */
    public enum Phase { RUNNING, PAUSED, STOPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "slaClockSeq")
    @SequenceGenerator(name = "slaClockSeq", sequenceName = "sla_clock_seq", allocationSize = 500)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private Case complaintCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "clock", nullable = false, length = 16)
    private CheckpointClock kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Phase phase;

    @Column(nullable = false)
    private boolean breached;

    @Column(nullable = false)
    private boolean pausable;

    @Column(name = "target_minutes", nullable = false)
    private long targetMinutes;

    @Column(name = "consumed_minutes", nullable = false)
    private long consumedMinutes;

    @Column(name = "running_since", nullable = false)
    private OffsetDateTime runningSince;

    @Column(name = "paused_at")
    private OffsetDateTime pausedAt;

    @Column(name = "due_at", nullable = false)
    private OffsetDateTime dueAt;

    @Column(name = "stopped_at")
    private OffsetDateTime stoppedAt;

    @Column(name = "pause_count", nullable = false)
    private int pauseCount;

    protected SlaClock() {
        // for JPA
    }

    public SlaClock(Case complaintCase, CheckpointClock kind, long targetMinutes, boolean pausable,
            TimeMeasure measure, OffsetDateTime now) {
        if (targetMinutes <= 0) {
            throw new IllegalArgumentException("an SLA target must be positive");
        }
        this.complaintCase = complaintCase;
        this.kind = kind;
        this.targetMinutes = targetMinutes;
        this.pausable = pausable;
        this.phase = Phase.RUNNING;
        this.runningSince = now;
        this.dueAt = measure.plus(now, targetMinutes);
    }

    /** Stops counting while the case waits on the customer; false when this clock does not pause. */
    public boolean pause(OffsetDateTime now) {
        if (phase != Phase.RUNNING || !pausable) {
            return false;
        }
        phase = Phase.PAUSED;
        pausedAt = now;
        pauseCount++;
        return true;
    }

    /** Counts again; the due time moves by the counted minutes spent paused. False if it was not paused. */
    public boolean resume(TimeMeasure measure, OffsetDateTime now) {
        if (phase != Phase.PAUSED) {
            return false;
        }
        consumedMinutes += Math.max(0, measure.minutesBetween(runningSince, pausedAt));
        runningSince = now;
        pausedAt = null;
        phase = Phase.RUNNING;
        dueAt = measure.plus(now, Math.max(0, targetMinutes - consumedMinutes));
        return true;
    }

    /** The response or resolution came: the clock stops, breached if it came late. False if already stopped. */
    public boolean meet(OffsetDateTime now) {
        if (phase == Phase.STOPPED) {
            return false;
        }
        OffsetDateTime counted = phase == Phase.PAUSED ? pausedAt : now;
        breached = breached || counted.isAfter(dueAt);
        phase = Phase.STOPPED;
        stoppedAt = now;
        return true;
    }

    /**
     * Counts again from zero on a new target: the case was reopened, and a new answer is owed. The earlier
     * run's breach stays in the history; this run starts on time.
     */
    public void restart(long newTargetMinutes, TimeMeasure measure, OffsetDateTime now) {
        targetMinutes = newTargetMinutes;
        consumedMinutes = 0;
        phase = Phase.RUNNING;
        runningSince = now;
        pausedAt = null;
        stoppedAt = null;
        breached = false;
        dueAt = measure.plus(now, newTargetMinutes);
    }

    /** Marked breached: found overdue by the sweeper, or met late. */
    public boolean isBreached() {
        return breached;
    }

    /** The sweeper found the clock overdue. */
    public void markBreached() {
        breached = true;
    }

    /** A new target from the rules (the priority or department changed); minutes already used still count. */
    public void retarget(long newTargetMinutes, TimeMeasure measure) {
        if (newTargetMinutes <= 0) {
            throw new IllegalArgumentException("an SLA target must be positive");
        }
        targetMinutes = newTargetMinutes;
        if (phase != Phase.STOPPED) {
            dueAt = measure.plus(runningSince, Math.max(0, targetMinutes - consumedMinutes));
        }
    }

    /**
     * When this clock reaches the percentage of its target, or null if it is not counting. A percentage
     * already used up before the current stretch falls due at once.
     */
    public OffsetDateTime dueAtPercent(int percent, TimeMeasure measure) {
        if (phase != Phase.RUNNING) {
            return null;
        }
        long minutes = (targetMinutes * percent + 99) / 100;
        return measure.plus(runningSince, Math.max(0, minutes - consumedMinutes));
    }

    public ClockState state(OffsetDateTime now) {
        if (breached || (phase == Phase.RUNNING && now.isAfter(dueAt))) {
            return ClockState.BREACHED;
        }
        return switch (phase) {
            case RUNNING -> ClockState.RUNNING;
            case PAUSED -> ClockState.PAUSED;
            case STOPPED -> ClockState.MET;
        };
    }

    /** Counted minutes left (negative when overdue); null once the clock stopped. */
    public Long remainingMinutes(TimeMeasure measure, OffsetDateTime now) {
        return switch (phase) {
            case STOPPED -> null;
            case PAUSED -> targetMinutes - consumedMinutes - Math.max(0, measure.minutesBetween(runningSince, pausedAt));
            case RUNNING -> measure.minutesBetween(now, dueAt);
        };
    }

    public boolean isCounting() {
        return phase == Phase.RUNNING;
    }

    public boolean isStopped() {
        return phase == Phase.STOPPED;
    }

    public CheckpointClock kind() {
        return kind;
    }

    public long targetMinutes() {
        return targetMinutes;
    }

    public OffsetDateTime dueAt() {
        return dueAt;
    }

    public OffsetDateTime stoppedAt() {
        return stoppedAt;
    }

    public int pauseCount() {
        return pauseCount;
    }

    public boolean isPausable() {
        return pausable;
    }
}

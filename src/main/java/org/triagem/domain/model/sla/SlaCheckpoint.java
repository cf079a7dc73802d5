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
import jakarta.persistence.UniqueConstraint;
import java.time.OffsetDateTime;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.routing.CheckpointClock;

/**
 * The moment a clock reaches a percentage of its target, when the escalation rules are asked what to do.
 * Open until it fires; it fires once, guarded by the unique (case, clock, level) key and by being marked
 * fired in the same transaction that applies its escalation.
 */
@Entity
@Table(name = "sla_checkpoint",
        uniqueConstraints = @UniqueConstraint(name = "uq_sla_checkpoint", columnNames = {"case_id", "clock", "level"}))
public class SlaCheckpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "slaCheckpointSeq")
    @SequenceGenerator(name = "slaCheckpointSeq", sequenceName = "sla_checkpoint_seq", allocationSize = 500)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private Case complaintCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "clock", nullable = false, length = 16)
    private CheckpointClock clock;

    @Column(name = "level", nullable = false)
    private int level;

    @Column(name = "percent_elapsed", nullable = false)
    private int percent;

    @Column(name = "due_at", nullable = false)
    private OffsetDateTime dueAt;

    @Column(name = "fired_at")
    private OffsetDateTime firedAt;

    @Column(name = "outcome", length = 2000)
    private String outcome;

    protected SlaCheckpoint() {
        // for JPA
    }

    public SlaCheckpoint(Case complaintCase, CheckpointClock clock, int level, int percent, OffsetDateTime dueAt) {
        this.complaintCase = complaintCase;
        this.clock = clock;
        this.level = level;
        this.percent = percent;
        this.dueAt = dueAt;
    }

    /** Moves an open checkpoint (the clock was paused, resumed or re-targeted). */
    public void reschedule(OffsetDateTime due) {
        if (firedAt == null) {
            dueAt = due;
        }
    }

    /** Watches again, at {@code due}: its clock was restarted (the case was reopened). */
    public void rearm(OffsetDateTime due) {
        firedAt = null;
        outcome = null;
        dueAt = due;
    }

    /** Records that the checkpoint fired and what came of it. */
    public void fire(OffsetDateTime now, String outcome) {
        if (firedAt != null) {
            throw new IllegalStateException("checkpoint " + this + " already fired at " + firedAt);
        }
        this.firedAt = now;
        this.outcome = outcome == null || outcome.length() <= 2000 ? outcome : outcome.substring(0, 2000);
    }

    public boolean isOpen() {
        return firedAt == null;
    }

    public Long id() {
        return id;
    }

    public Case complaintCase() {
        return complaintCase;
    }

    public CheckpointClock clock() {
        return clock;
    }

    public int level() {
        return level;
    }

    public int percent() {
        return percent;
    }

    public OffsetDateTime dueAt() {
        return dueAt;
    }

    public OffsetDateTime firedAt() {
        return firedAt;
    }

    public String outcome() {
        return outcome;
    }

    @Override
    public String toString() {
        return clock + " " + percent + "% (level " + level + ") due " + dueAt;
    }
}

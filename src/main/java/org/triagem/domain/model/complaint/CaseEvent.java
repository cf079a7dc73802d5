package org.triagem.domain.model.complaint;

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

/**
 * One entry in a case's history: who did what, when, and the status before and after. The customer
 * and auditors read this history, so it is append-only.
 */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    /** What happened to the case. */
    public enum Type {
        OPENED,
        STATUS_CHANGED,
        CUSTOMER_MESSAGE,
        STAFF_REPLY,
        INTERNAL_NOTE,
        /** Something the phone system reported about a call on this case (notes, end, drop). */
        PHONE_CALL,
        CUSTOMER_IDENTIFIED,
        PRIORITY_RAISED,
        /** Decreto 11.034/2022: the consumer must be called back. */
        CALLBACK_REQUIRED,
        /** An SLA clock stopped counting while the case waits on the customer. */
        SLA_PAUSED,
        SLA_RESUMED,
        /** The case was marked a duplicate of another (on both cases). */
        DUPLICATE_MARKED,
        /** A reopened case's resolution and legal clocks count again from zero. */
        SLA_RESTARTED,
        /** An SLA clock was met: the first response or the resolution came. */
        SLA_MET,
        /** The priority or department changed and the clocks got new targets. */
        SLA_RETARGETED,
        /** A checkpoint fired and the escalation rules acted. */
        ESCALATED,
        /** The assignee changed; before and after are user names (null for the queue). */
        ASSIGNMENT,
        /** The case moved to another department; before and after are the departments. */
        TRANSFERRED,
        /** Priority and SLA decided again by the rules; before and after are the priorities. */
        REDECIDED,
        /** A duplicate was merged; before is the duplicate's protocol, after the surviving case's. */
        MERGED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "caseEventSeq")
    @SequenceGenerator(name = "caseEventSeq", sequenceName = "case_event_seq", allocationSize = 500)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private Case complaintCase;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, length = 120)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Type type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before", length = 32)
    private CaseStatus before;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", length = 32)
    private CaseStatus after;

    @Column(length = 2000)
    private String detail;

    @Column(name = "value_before", length = 300)
    private String valueBefore;

    @Column(name = "value_after", length = 300)
    private String valueAfter;

    protected CaseEvent() {
        // for JPA
    }

    CaseEvent(Case complaintCase, OffsetDateTime occurredAt, String actor, Type type,
            CaseStatus before, CaseStatus after, String detail) {
        this.complaintCase = complaintCase;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.type = type;
        this.before = before;
        this.after = after;
        this.detail = detail;
    }

    CaseEvent withValues(String before, String after) {
        this.valueBefore = before;
        this.valueAfter = after;
        return this;
    }

    /** What changed, before: an assignee, a department, a priority (null when not such a change). */
    public String valueBefore() {
        return valueBefore;
    }

    public String valueAfter() {
        return valueAfter;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public Type type() {
        return type;
    }

    public CaseStatus before() {
        return before;
    }

    public CaseStatus after() {
        return after;
    }

    public String detail() {
        return detail;
    }
}

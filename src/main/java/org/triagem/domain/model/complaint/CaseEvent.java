package org.triagem.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.List;
import java.util.Map;

/**
 * One entry in a case's history: who did what, when, and the status before and after. The customer
 * and auditors read this history, so it is append-only.
 */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    /**
     * What happened to the case. Each type names the parameters its entries may carry (see
     * {@link #params()}) and, where one type covers several happenings, the causes that tell them apart
     * (the {@code cause} parameter); the staff page has a sentence for each type and cause in each language.
     */
    public enum Type {
        OPENED("channel department priority", ""),
        /** The status moved ({@link #before()} to {@link #after()}), for the cause given. */
        STATUS_CHANGED("agent department protocol resolutionCode rootCause note",
                "CLAIMED ASSIGNED UNASSIGNED WORK_STARTED AWAITING_CUSTOMER RESOLVED CLOSED REOPENED QUEUED DUPLICATE"),
        CUSTOMER_MESSAGE("channel", ""),
        /** An answer to the customer; no channel when the customer left no way to reach them. */
        STAFF_REPLY("channel", ""),
        INTERNAL_NOTE("", ""),
        /** Something the phone system reported about a call on this case (notes, end, drop). */
        PHONE_CALL("category notes durationSeconds disposition recording", "UPDATED ENDED IVR_SURVEY"),
        /** Who the caller is, masked. */
        CUSTOMER_IDENTIFIED("email phone cpf", ""),
        PRIORITY_RAISED("priorityBefore priorityAfter channel", "REPEAT_CONTACT"),
        /** Decreto 11.034/2022: the consumer must be called back. */
        CALLBACK_REQUIRED("due durationSeconds", "DROPPED REQUESTED"),
        /** An SLA clock stopped counting while the case waits on the customer. */
        SLA_PAUSED("clocks", ""),
        SLA_RESUMED("clocks due", ""),
        /** The case was marked a duplicate of another; on both cases: before the duplicate, after the original. */
        DUPLICATE_MARKED("", "MARKED_DUPLICATE MARKED_ORIGINAL"),
        /** A reopened case's resolution and legal clocks count again from zero. */
        SLA_RESTARTED("clocks due", ""),
        /** An SLA clock was met: the first response or the resolution came. */
        SLA_MET("clocks due late", ""),
        /** The priority or department changed and the clocks got new targets. */
        SLA_RETARGETED("priorityBefore priorityAfter departmentBefore departmentAfter firstResponseBefore"
                + " firstResponseAfter resolutionBefore resolutionAfter legalDaysBefore legalDaysAfter", ""),
        /** A checkpoint fired and the escalation rules acted. */
        ESCALATED("clock percent breached level supervisorNotified priorityBefore priorityAfter departmentBefore"
                + " departmentAfter notes", ""),
        /** The assignee changed; before and after are user names (null for the queue). */
        ASSIGNMENT("by strategy present load department",
                "CLAIMED ASSIGNED BY_STRATEGY STARTED_WORK UNASSIGNED TRANSFERRED ESCALATED"),
        /** The case moved to another department; before and after are the departments. */
        TRANSFERRED("reason", ""),
        /** Priority and SLA decided again by the rules; before and after are the priorities. */
        REDECIDED("ruleSetVersion", ""),
        /** A duplicate was merged; before is the duplicate's protocol, after the surviving case's. */
        MERGED("messages", "MERGED_AWAY MERGED_IN"),
        /** A staff member saw one of the customer's identifiers in full, for the reason given (LGPD). */
        PERSONAL_DATA_UNMASKED("field reason", ""),
        /** LGPD Art. 18 III: the customer's contact data corrected; before and after masked, and why. */
        CONTACT_CORRECTED("nameBefore nameAfter emailBefore emailAfter phoneBefore phoneAfter reason", "");

        private final List<String> params;
        private final List<String> causes;

        Type(String params, String causes) {
            this.params = words(params);
            this.causes = words(causes);
        }

        private static List<String> words(String spaced) {
            return spaced.isBlank() ? List.of() : List.of(spaced.trim().split(" +"));
        }

        /**
         * The parameters an entry of this type may carry, besides {@code cause}. The clock events keep
         * {@code clocks} (the clocks' names, comma-separated) and the others under each clock's name:
         * {@code FIRST_RESPONSE.due}.
         */
        public List<String> params() {
            return params;
        }

        /** The causes this type tells apart; empty when it covers one happening. */
        public List<String> causes() {
            return causes;
        }
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

    /** What happened as codes and values (migration 40); empty for older rows, which have only the detail. */
    @Convert(converter = EventParamsConverter.class)
    @Column(name = "params")
    private Map<String, String> params;

    protected CaseEvent() {
        // for JPA
    }

    CaseEvent(Case complaintCase, OffsetDateTime occurredAt, String actor, Type type,
            CaseStatus before, CaseStatus after, String detail, Map<String, String> params) {
        this.complaintCase = complaintCase;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.type = type;
        this.before = before;
        this.after = after;
        this.detail = detail;
        this.params = params.isEmpty() ? null : new java.util.LinkedHashMap<>(params);
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

    /** What happened, as an English line: for logs and for the rows written before {@link #params()}. */
    public String detail() {
        return detail;
    }

    /**
     * What happened as codes and values, for a page to say in its reader's language: the parameters
     * {@link Type#params()} names, and the {@code cause} among {@link Type#causes()}. Empty for rows
     * written before migration 40.
     */
    public Map<String, String> params() {
        return params == null ? Map.of() : params;
    }
}

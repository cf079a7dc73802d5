package org.triagem.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.triagem.domain.model.routing.EscalationDecision;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.SlaClock;
import org.triagem.domain.model.sla.SlaTargets;

/**
 * Where the analysts' rules put a case and how soon it is owed: its department, priority, category and
 * tags, its SLA targets and legal deadline, a call-back promised to a caller, how often it was escalated,
 * and where the decision came from (the rule-set version, the rules that fired, a fallback's reason).
 *
 * <p>Part of the {@link Case} aggregate, stored in the case's own row. The case decides when these
 * change and writes the history; the verbs here change the values and answer with what they did, in the
 * words the history uses. The columns keep their names, so queries read {@code c.routing.department}.
 */
@Embeddable
public class CaseRouting {

    /** How many times escalation may act on one case. */
    public static final int MAX_ESCALATION_LEVEL = 3;

    @Column(nullable = false, length = 80)
    private String department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Priority priority;

    @Column(length = 80)
    private String category;

    @Convert(converter = StringListConverter.class)
    @Column(name = "tags")
    private List<String> tags = new ArrayList<>();

    @Embedded
    private SlaTargets slaTargets;

    @Column(name = "legal_deadline", nullable = false)
    private OffsetDateTime legalDeadline;

    /** When the consumer must have been called back (a dropped call, or a call-back asked for); null if not owed. */
    @Column(name = "callback_due_at")
    private OffsetDateTime callbackDueAt;

    /** How many times escalation acted on the case, 0 to {@value #MAX_ESCALATION_LEVEL}. */
    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel;

    @Column(name = "rule_set_version", nullable = false, length = 80)
    private String ruleSetVersion;

    @Convert(converter = StringListConverter.class)
    @Column(name = "fired_rules")
    private List<String> firedRules = new ArrayList<>();

    @Column(name = "routing_fallback_reason", length = 2000)
    private String routingFallbackReason;

    protected CaseRouting() {
        // for JPA
    }

    /** The rules' decision for a new case; the legal deadline counts from the first contact. */
    static CaseRouting decided(RoutingDecision decision, OffsetDateTime openedAt) {
        CaseRouting routing = new CaseRouting();
        routing.department = decision.department();
        routing.priority = decision.priority();
        routing.category = decision.category();
        routing.tags = new ArrayList<>(decision.tags());
        routing.slaTargets = decision.slaTargets();
        routing.legalDeadline = decision.slaTargets().legalDeadlineFrom(openedAt);
        routing.ruleSetVersion = decision.ruleSetVersion();
        routing.firedRules = new ArrayList<>(decision.firedRules());
        routing.routingFallbackReason = decision.fallbackReason();
        return routing;
    }

    /** New priority, department and targets; the legal deadline still counts from the first contact. */
    EventDetail retarget(Priority newPriority, String newDepartment, SlaTargets newTargets, OffsetDateTime openedAt) {
        EventDetail detail = EventDetail.of("re-targeted");
        if (newPriority != priority) {
            detail.append(": priority " + priority + " -> " + newPriority)
                    .with("priorityBefore", priority).with("priorityAfter", newPriority);
        }
        if (!newDepartment.equals(department)) {
            detail.append(", department " + department + " -> " + newDepartment)
                    .with("departmentBefore", department).with("departmentAfter", newDepartment);
        }
        detail.append(", targets " + SlaTimers.describe(slaTargets) + " -> " + SlaTimers.describe(newTargets))
                .with("firstResponseBefore", slaTargets.firstResponseMinutes())
                .with("firstResponseAfter", newTargets.firstResponseMinutes())
                .with("resolutionBefore", slaTargets.resolutionMinutes())
                .with("resolutionAfter", newTargets.resolutionMinutes())
                .with("legalDaysBefore", slaTargets.legalDays()).with("legalDaysAfter", newTargets.legalDays());
        priority = newPriority;
        department = newDepartment;
        slaTargets = newTargets;
        legalDeadline = newTargets.legalDeadlineFrom(openedAt);
        return detail;
    }

    /**
     * The legal deadline follows the legal clock (restarted when the case is reopened; for cases opened
     * before clocks existed there is none, and the deadline stays as it was).
     */
    void legalDeadlineMovedTo(SlaClock legal) {
        if (legal != null) {
            legalDeadline = legal.dueAt();
        }
    }

    /** A transfer, to another department and with a reason: the department changes, nothing else. */
    void transferTo(String toDepartment, String reason) {
        if (toDepartment == null || toDepartment.isBlank() || toDepartment.equals(department)) {
            throw new InvalidCaseRequestException(InvalidCaseRequestException.Reason.TRANSFER_TO_SAME_DEPARTMENT,
                    department);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidCaseRequestException(InvalidCaseRequestException.Reason.TRANSFER_REASON_REQUIRED);
        }
        department = toDepartment;
    }

    /** The rules decided the priority and targets again (the category and tags stay those of intake). */
    void redecide(RoutingDecision redecided) {
        priority = redecided.priority();
        slaTargets = redecided.slaTargets();
        ruleSetVersion = redecided.ruleSetVersion();
        firedRules = new ArrayList<>(redecided.firedRules());
    }

    /**
     * One more escalation level (at most {@value #MAX_ESCALATION_LEVEL}), a raised priority, a move to
     * another department: what the escalation rules decided, added to {@code done} for the history.
     */
    void escalate(EscalationDecision decision, EventDetail done) {
        escalationLevel = Math.min(MAX_ESCALATION_LEVEL, escalationLevel + 1);
        done.append(", escalation level " + escalationLevel).with("level", escalationLevel);
        if (decision.isSupervisorNotified()) {
            done.append(", supervisor notified").with("supervisorNotified", true);
        }
        if (decision.getNewPriority() != null && decision.getNewPriority().isHigherThan(priority)) {
            done.append(", priority " + priority + " -> " + decision.getNewPriority())
                    .with("priorityBefore", priority).with("priorityAfter", decision.getNewPriority());
            priority = decision.getNewPriority();
        }
        if (decision.getNewDepartment() != null && !decision.getNewDepartment().equals(department)) {
            done.append(", moved from " + department + " to " + decision.getNewDepartment())
                    .with("departmentBefore", department).with("departmentAfter", decision.getNewDepartment());
            department = decision.getNewDepartment();
        }
        decision.getNotes().forEach(n -> done.append("; " + n));
        // The rules' notes are the analysts' own words: kept as they wrote them, in one parameter.
        done.with("notes", decision.getNotes().isEmpty() ? null : String.join("; ", decision.getNotes()));
    }

    /** A higher priority for a repeat contact; never lowers. Answers with what happened, or null when nothing did. */
    EventDetail raise(Priority level, Channel repeatVia) {
        if (!level.isHigherThan(priority)) {
            return null;
        }
        EventDetail detail = EventDetail.because("REPEAT_CONTACT", "priority " + priority + " -> " + level
                + ": repeat contact via " + repeatVia).with("priorityBefore", priority).with("priorityAfter", level)
                .with("channel", repeatVia);
        priority = level;
        return detail;
    }

    /**
     * A call-back owed by {@code targets}' first response: an earlier promise already made is kept, and
     * the first-response target never gets looser. Answers with when the call-back is due.
     */
    OffsetDateTime promiseCallback(SlaTargets targets, OffsetDateTime now) {
        OffsetDateTime due = now.plusMinutes(targets.firstResponseMinutes());
        if (callbackDueAt == null || due.isBefore(callbackDueAt)) {
            callbackDueAt = due;
        }
        if (targets.firstResponseMinutes() < slaTargets.firstResponseMinutes()) {
            slaTargets = new SlaTargets(targets.firstResponseMinutes(), slaTargets.resolutionMinutes(),
                    slaTargets.legalDays());
        }
        return callbackDueAt;
    }

    public String department() {
        return department;
    }

    public Priority priority() {
        return priority;
    }

    public String category() {
        return category;
    }

    public Set<String> tags() {
        return Set.copyOf(tags);
    }

    public SlaTargets slaTargets() {
        return slaTargets;
    }

    public OffsetDateTime legalDeadline() {
        return legalDeadline;
    }

    public OffsetDateTime callbackDueAt() {
        return callbackDueAt;
    }

    public int escalationLevel() {
        return escalationLevel;
    }

    public String ruleSetVersion() {
        return ruleSetVersion;
    }

    public List<String> firedRules() {
        return Collections.unmodifiableList(firedRules);
    }

    public boolean isFallback() {
        return routingFallbackReason != null;
    }

    public String fallbackReason() {
        return routingFallbackReason;
    }
}

package org.triagem.domain.model.complaint;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.SlaTargets;

/**
 * A consumer's complaint, from the first contact to its closing: the aggregate root of Triagem.
 *
 * <p>A case is opened with the protocol number the consumer was given and the routing decision of
 * the analysts' rules, recording the rule-set version and the rules that fired so the decision can be
 * explained later. Its status changes only through the verbs below; each change is appended to the
 * history as a {@link CaseEvent}. Concurrent edits are detected by the version column.
 */
// "Case" is a JPQL keyword, hence the entity name.
@Entity(name = "ComplaintCase")
@Table(name = "complaint_case")
@NamedQuery(name = "Case.byProtocol", query = "SELECT c FROM ComplaintCase c WHERE c.protocol = :protocol")
@NamedQuery(name = "Case.search",
        query = "SELECT c FROM ComplaintCase c WHERE LOWER(c.subject) LIKE :text OR LOWER(c.description) LIKE :text"
                + " ORDER BY c.openedAt DESC")
public class Case {

    public static final String SYSTEM = "system";
    public static final String CUSTOMER = "customer";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "caseSeq")
    @SequenceGenerator(name = "caseSeq", sequenceName = "case_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = ProtocolNumber.LENGTH)
    private String protocol;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Embedded
    private Customer customer;

    @Column(length = 300)
    private String subject;

    @Column(nullable = false)
    private String description;

    @Column(length = 80)
    private String category;

    @Convert(converter = StringListConverter.class)
    @Column(name = "tags")
    private List<String> tags = new ArrayList<>();

    @Column(nullable = false, length = 80)
    private String department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CaseStatus status;

    @Embedded
    private SlaTargets slaTargets;

    @Column(name = "legal_deadline", nullable = false)
    private OffsetDateTime legalDeadline;

    @Column(name = "rule_set_version", nullable = false, length = 80)
    private String ruleSetVersion;

    @Convert(converter = StringListConverter.class)
    @Column(name = "fired_rules")
    private List<String> firedRules = new ArrayList<>();

    @Column(name = "routing_fallback_reason", length = 2000)
    private String routingFallbackReason;

    @Column(name = "opened_at", nullable = false)
    private OffsetDateTime openedAt;

    /** The member of staff working the case; null while it waits in the department's queue. */
    @Column(length = 120)
    private String assignee;

    @Column(name = "resolution_code", length = 80)
    private String resolutionCode;

    @Column(name = "root_cause", length = 80)
    private String rootCause;

    /** The protocol of the case this one was merged into, once it is {@link CaseStatus#MERGED}. */
    @Column(name = "merged_into", length = ProtocolNumber.LENGTH)
    private String mergedInto;

    @OneToMany(mappedBy = "complaintCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt ASC, id ASC")
    private List<CaseEvent> history = new ArrayList<>();

    @OneToMany(mappedBy = "complaintCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("receivedAt ASC, id ASC")
    private List<CaseMessage> messages = new ArrayList<>();

    @OneToMany(mappedBy = "complaintCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("receivedAt ASC, id ASC")
    private List<CaseAttachment> attachments = new ArrayList<>();

    @Version
    private long version;

    protected Case() {
        // for JPA
    }

    private Case(ProtocolNumber protocol, IncomingContact contact, RoutingDecision decision,
            OffsetDateTime now) {
        this.protocol = protocol.value();
        this.channel = contact.channel();
        this.customer = contact.customer();
        this.subject = contact.subject();
        this.description = contact.description();
        this.category = decision.category();
        this.tags = new ArrayList<>(decision.tags());
        this.department = decision.department();
        this.priority = decision.priority();
        this.slaTargets = decision.slaTargets();
        this.legalDeadline = decision.slaTargets().legalDeadlineFrom(now);
        this.ruleSetVersion = decision.ruleSetVersion();
        this.firedRules = new ArrayList<>(decision.firedRules());
        this.routingFallbackReason = decision.fallbackReason();
        this.openedAt = now;
        this.status = CaseStatus.NEW;
        record(now, SYSTEM, CaseEvent.Type.OPENED, null, CaseStatus.NEW,
                "opened via " + channel + ", routed to " + department + " at " + priority);
        keep(contact.attachments(), now);
    }

    private void keep(List<Attachment> files, OffsetDateTime now) {
        files.forEach(f -> attachments.add(new CaseAttachment(this, f, now)));
    }

    /** Opens a case for a new contact, as the rules decided. */
    public static Case open(ProtocolNumber protocol, IncomingContact contact, RoutingDecision decision,
            OffsetDateTime now) {
        return new Case(protocol, contact, decision, now);
    }

    /** A member of staff takes the case from the department's queue. */
    public void claim(String agent, OffsetDateTime now) {
        require(CaseAction.CLAIM);
        handTo(agent, agent, now, "claimed");
        moveTo(CaseStatus.ASSIGNED, agent, now, "claimed by " + agent);
    }

    /**
     * Gives the case to an agent, or to another agent: {@code how} says how the agent was chosen (by a
     * supervisor, or by the department's assignment strategy) and goes into the history.
     */
    public void assignTo(String agent, String actor, String how, OffsetDateTime now) {
        require(CaseAction.ASSIGN);
        handTo(agent, actor, now, how);
        if (status == CaseStatus.NEW || status == CaseStatus.REOPENED) {
            moveTo(CaseStatus.ASSIGNED, actor, now, "assigned to " + agent);
        }
    }

    /** The case goes back to the department's queue. */
    public void unassign(String actor, OffsetDateTime now) {
        require(CaseAction.UNASSIGN);
        handTo(null, actor, now, "unassigned");
        moveTo(CaseStatus.NEW, actor, now, "back to the department's queue");
    }

    /** Work starts, or resumes after the customer answered; whoever starts an unassigned case takes it. */
    public void startWork(String agent, OffsetDateTime now) {
        require(CaseAction.START);
        if (assignee == null) {
            handTo(agent, agent, now, "took the case by starting work");
        }
        moveTo(CaseStatus.IN_PROGRESS, agent, now, "work started");
    }

    /** The case waits on the consumer; the SLA clocks pause. */
    public void awaitCustomer(String agent, OffsetDateTime now) {
        require(CaseAction.PENDING_CUSTOMER);
        moveTo(CaseStatus.PENDING_CUSTOMER, agent, now, "waiting on the customer");
    }

    public void resolve(String agent, Resolution resolution, OffsetDateTime now) {
        require(CaseAction.RESOLVE);
        this.resolutionCode = resolution.code();
        this.rootCause = resolution.rootCause();
        moveTo(CaseStatus.RESOLVED, agent, now, "resolution " + resolution.code() + ", root cause "
                + resolution.rootCause() + (resolution.note() == null ? "" : ": " + resolution.note()));
    }

    public void close(String actor, OffsetDateTime now) {
        require(CaseAction.CLOSE);
        moveTo(CaseStatus.CLOSED, actor, now, "closed");
    }

    /** The consumer came back within the reopen window, or staff found the solution did not hold. */
    public void reopen(String actor, OffsetDateTime now) {
        require(CaseAction.REOPEN);
        moveTo(CaseStatus.REOPENED, actor, now, "reopened");
    }

    /**
     * Moves the case to another department's queue, with the reason. When {@code redecided} is given,
     * the priority and SLA targets become those the rules decide now (the legal deadline does not
     * move: the decree counts from the first contact); when it is null they are kept.
     */
    public void transferTo(String toDepartment, RoutingDecision redecided, String reason, String actor,
            OffsetDateTime now) {
        require(CaseAction.TRANSFER);
        if (toDepartment == null || toDepartment.isBlank() || toDepartment.equals(department)) {
            throw new IllegalArgumentException("a transfer needs another department than " + department);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a transfer needs a reason");
        }
        String from = department;
        department = toDepartment;
        record(now, actor, CaseEvent.Type.TRANSFERRED, status, status, from, toDepartment, reason.strip());
        if (redecided != null) {
            Priority before = priority;
            priority = redecided.priority();
            slaTargets = redecided.slaTargets();
            ruleSetVersion = redecided.ruleSetVersion();
            firedRules = new ArrayList<>(redecided.firedRules());
            record(now, actor, CaseEvent.Type.REDECIDED, status, status, before.name(), priority.name(),
                    "priority and SLA decided again by " + ruleSetVersion);
        }
        if (assignee != null) {
            handTo(null, actor, now, "transferred");
        }
        if (status != CaseStatus.NEW) {
            moveTo(CaseStatus.NEW, actor, now, "in the queue of " + toDepartment);
        }
    }

    /**
     * This case repeats {@code target}: it ends as {@link CaseStatus#MERGED}, pointing at the target,
     * and the target's history records the merge. Both histories stay whole.
     */
    public void mergeInto(Case target, String actor, OffsetDateTime now) {
        require(CaseAction.MERGE);
        if (target == this || target.protocol.equals(protocol)) {
            throw new IllegalArgumentException("a case cannot be merged into itself");
        }
        if (!target.status.isOpen()) {
            throw new IllegalArgumentException("case " + target.protocol + " is " + target.status
                    + "; merge into an open case");
        }
        mergedInto = target.protocol;
        record(now, actor, CaseEvent.Type.MERGED, status, status, protocol, target.protocol,
                "merged into " + target.protocol);
        moveTo(CaseStatus.MERGED, actor, now, "duplicate of " + target.protocol);
        target.record(now, actor, CaseEvent.Type.MERGED, target.status, target.status, protocol, target.protocol,
                "case " + protocol + " merged into this one");
    }

    private void handTo(String agent, String actor, OffsetDateTime now, String how) {
        String before = assignee;
        assignee = agent;
        record(now, actor, CaseEvent.Type.ASSIGNMENT, status, status, before, agent, how);
    }

    private void require(CaseAction action) {
        if (!action.isAllowedIn(status)) {
            throw new IllegalCaseActionException(status, action);
        }
    }

    /**
     * The customer wrote again about this case (a reply by email, say). The message is kept whole; a
     * resolved case comes back to life when the reply arrives within the reopen window, since the
     * customer is telling us the problem is not solved. A closed or merged case only records it.
     */
    public void receiveCustomerMessage(Channel via, String messageSubject, String body, Duration reopenWindow,
            OffsetDateTime now) {
        receiveCustomerMessage(via, messageSubject, body, List.of(), reopenWindow, now);
    }

    /** As above, with the files the customer attached. */
    public void receiveCustomerMessage(Channel via, String messageSubject, String body, List<Attachment> files,
            Duration reopenWindow, OffsetDateTime now) {
        messages.add(new CaseMessage(this, via, now, messageSubject, body));
        keep(files, now);
        record(now, CUSTOMER, CaseEvent.Type.CUSTOMER_MESSAGE, status, status,
                "message from the customer via " + via);
        if (status == CaseStatus.RESOLVED && !now.isAfter(lastResolvedAt().plus(reopenWindow))) {
            reopen(CUSTOMER, now);
        }
    }

    private OffsetDateTime lastResolvedAt() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).after() == CaseStatus.RESOLVED && history.get(i).type() == CaseEvent.Type.STATUS_CHANGED) {
                return history.get(i).occurredAt();
            }
        }
        return openedAt;
    }

    private void moveTo(CaseStatus next, String actor, OffsetDateTime now, String detail) {
        if (!status.canMoveTo(next)) {
            throw new IllegalCaseTransitionException(status, next);
        }
        CaseStatus before = status;
        status = next;
        record(now, actor, CaseEvent.Type.STATUS_CHANGED, before, next, detail);
    }

    private void record(OffsetDateTime now, String actor, CaseEvent.Type type, CaseStatus before,
            CaseStatus after, String detail) {
        history.add(new CaseEvent(this, now, actor, type, before, after, detail));
    }

    private void record(OffsetDateTime now, String actor, CaseEvent.Type type, CaseStatus before,
            CaseStatus after, String valueBefore, String valueAfter, String detail) {
        history.add(new CaseEvent(this, now, actor, type, before, after, detail).withValues(valueBefore, valueAfter));
    }

    public ProtocolNumber protocol() {
        return ProtocolNumber.parse(protocol);
    }

    public Channel channel() {
        return channel;
    }

    public Customer customer() {
        return customer == null ? Customer.anonymous() : customer;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public String category() {
        return category;
    }

    public Set<String> tags() {
        return Set.copyOf(tags);
    }

    public String department() {
        return department;
    }

    public Priority priority() {
        return priority;
    }

    public CaseStatus status() {
        return status;
    }

    public SlaTargets slaTargets() {
        return slaTargets;
    }

    public OffsetDateTime legalDeadline() {
        return legalDeadline;
    }

    public String ruleSetVersion() {
        return ruleSetVersion;
    }

    public List<String> firedRules() {
        return Collections.unmodifiableList(firedRules);
    }

    public boolean isRoutingFallback() {
        return routingFallbackReason != null;
    }

    public String routingFallbackReason() {
        return routingFallbackReason;
    }

    public OffsetDateTime openedAt() {
        return openedAt;
    }

    public String assignee() {
        return assignee;
    }

    public String resolutionCode() {
        return resolutionCode;
    }

    public String rootCause() {
        return rootCause;
    }

    public String mergedInto() {
        return mergedInto;
    }

    /** The optimistic-lock version: the case's ETag. */
    public long version() {
        return version;
    }

    public List<CaseAttachment> attachments() {
        return Collections.unmodifiableList(attachments);
    }

    public List<CaseMessage> messages() {
        return Collections.unmodifiableList(messages);
    }

    public List<CaseEvent> history() {
        return Collections.unmodifiableList(history);
    }
}

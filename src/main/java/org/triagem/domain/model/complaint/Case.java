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
import org.triagem.domain.model.routing.Checkpoint;
import org.triagem.domain.model.routing.CheckpointClock;
import org.triagem.domain.model.routing.EscalationDecision;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.sla.ClockState;
import org.triagem.domain.model.sla.SlaCheckpoint;
import org.triagem.domain.model.sla.SlaClock;
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
public class Case {

    public static final String SYSTEM = "system";
    public static final String CUSTOMER = "customer";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "caseSeq")
    @SequenceGenerator(name = "caseSeq", sequenceName = "case_seq", allocationSize = 500)
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

    /** What the consumer picked at intake, for the rules when they decide about the case again. */
    @Embedded
    private ContactChoices choices;

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

    /** The Message-ID of the mail that opened the case, for threading our answers under it. */
    @Column(name = "mail_message_id", length = CaseMessage.MAX_MESSAGE_ID)
    private String mailMessageId;

    /** When the consumer must have been called back (a dropped call, or a call-back asked for); null if not owed. */
    @Column(name = "callback_due_at")
    private OffsetDateTime callbackDueAt;

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

    @OneToMany(mappedBy = "complaintCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind ASC")
    private List<SlaClock> clocks = new ArrayList<>();

    @OneToMany(mappedBy = "complaintCase", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<SlaCheckpoint> checkpoints = new ArrayList<>();

    /** How many times escalation acted on the case, 0 to {@value #MAX_ESCALATION_LEVEL}. */
    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel;

    @Version
    private long version;

    public static final int MAX_ESCALATION_LEVEL = 3;

    protected Case() {
        // for JPA
    }

    private Case(ProtocolNumber protocol, IncomingContact contact, RoutingDecision decision,
            ClockSettings settings, OffsetDateTime now) {
        this.protocol = protocol.value();
        this.channel = contact.channel();
        this.customer = contact.customer();
        this.subject = contact.subject();
        this.description = contact.description();
        this.choices = ContactChoices.of(contact);
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
        this.mailMessageId = CaseMessage.fitMessageId(contact.mailMessageId());
        this.status = CaseStatus.NEW;
        record(now, SYSTEM, CaseEvent.Type.OPENED, null, CaseStatus.NEW,
                "opened via " + channel + ", routed to " + department + " at " + priority);
        conversation().keep(contact.attachments(), now);
        timers().start(slaTargets, settings, now);
    }

    /**
     * Opens a case for a new contact, as the rules decided: its SLA clocks start now, on the calendar of
     * the department it goes to, with their escalation checkpoints.
     */
    public static Case open(ProtocolNumber protocol, IncomingContact contact, RoutingDecision decision,
            ClockSettings settings, OffsetDateTime now) {
        return new Case(protocol, contact, decision, settings, now);
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

    /**
     * Work starts, or goes on after the customer answered: then the paused clocks resume on the
     * department's calendar ({@code settings}). Whoever starts an unassigned case takes it.
     */
    public void startWork(String agent, ClockSettings settings, OffsetDateTime now) {
        require(CaseAction.START);
        boolean wasWaiting = status == CaseStatus.PENDING_CUSTOMER;
        // A customer's answer puts the case back to work, but the customer takes nobody's queue.
        if (assignee == null && !CUSTOMER.equals(agent)) {
            handTo(agent, agent, now, "took the case by starting work");
        }
        moveTo(CaseStatus.IN_PROGRESS, agent, now, "work started");
        if (wasWaiting) {
            recordIfAny(timers().resume(settings, now), now, agent, CaseEvent.Type.SLA_RESUMED, "clocks resumed: ");
        }
    }

    /** The case waits on the consumer; the clocks the policy pauses stop counting, and their checkpoints wait. */
    public void awaitCustomer(String agent, OffsetDateTime now) {
        require(CaseAction.PENDING_CUSTOMER);
        moveTo(CaseStatus.PENDING_CUSTOMER, agent, now, "waiting on the customer");
        recordIfAny(timers().pause(now), now, agent, CaseEvent.Type.SLA_PAUSED, "clocks paused: ");
    }

    /**
     * A member of staff answered the customer: the first-response clock is met (once; later replies
     * change nothing). The staff reply path calls this, whichever channel the answer leaves by.
     */
    public void respondedToCustomer(String agent, OffsetDateTime now) {
        meet(List.of(CheckpointClock.FIRST_RESPONSE), agent, now);
    }

    /**
     * The case is resolved, with a resolution code and a root-cause category; every clock still running is
     * met (a resolution also answers the customer).
     */
    public void resolve(String agent, Resolution resolution, OffsetDateTime now) {
        require(CaseAction.RESOLVE);
        this.resolutionCode = resolution.code();
        this.rootCause = resolution.rootCause();
        moveTo(CaseStatus.RESOLVED, agent, now, "resolution " + resolution.code() + ", root cause "
                + resolution.rootCause() + (resolution.note() == null ? "" : ": " + resolution.note()));
        meet(List.of(CheckpointClock.values()), agent, now);
    }

    private void meet(List<CheckpointClock> kinds, String actor, OffsetDateTime now) {
        recordIfAny(timers().meet(kinds, now), now, actor, CaseEvent.Type.SLA_MET, "clocks met: ");
    }

    /**
     * The priority or the department changed and the {@code sla} rules gave new targets: every clock keeps
     * the time it already used and takes its new target; open checkpoints move. Recorded in the history.
     */
    public void retarget(Priority newPriority, String newDepartment, SlaTargets newTargets, String actor,
            ClockSettings settings, OffsetDateTime now) {
        String detail = "re-targeted" + (newPriority == priority ? "" : ": priority " + priority + " -> " + newPriority)
                + (newDepartment.equals(department) ? "" : ", department " + department + " -> " + newDepartment)
                + ", targets " + SlaTimers.describe(slaTargets) + " -> " + SlaTimers.describe(newTargets);
        this.priority = newPriority;
        this.department = newDepartment;
        this.slaTargets = newTargets;
        this.legalDeadline = newTargets.legalDeadlineFrom(openedAt);
        timers().retarget(newTargets, settings);
        record(now, actor, CaseEvent.Type.SLA_RETARGETED, status, status, detail);
    }

    /** The checkpoint as the escalation rules see it: where the case is now and how often it was escalated. */
    public Checkpoint checkpointFact(SlaCheckpoint checkpoint) {
        return new Checkpoint(checkpoint.clock(), checkpoint.percent(), department, priority, escalationLevel);
    }

    /**
     * Applies what the escalation rules decided at a due checkpoint and marks it fired: a raised priority,
     * a move to another department, one more escalation level (at most {@value #MAX_ESCALATION_LEVEL}), the
     * clock marked breached at 100 %, and the next repeat scheduled while the clock stays overdue. The
     * caller then re-targets the clocks for the new priority or department ({@link #retarget}) and sends
     * the notifications.
     */
    public void escalate(SlaCheckpoint checkpoint, EscalationDecision decision, ClockSettings settings,
            OffsetDateTime now) {
        StringBuilder done = new StringBuilder(checkpoint.clock() + " at " + checkpoint.percent() + "%");
        if (timers().breachAt(checkpoint)) {
            done.append(", breached");
        }
        if (decision.escalates()) {
            escalationLevel = Math.min(MAX_ESCALATION_LEVEL, escalationLevel + 1);
            done.append(", escalation level ").append(escalationLevel);
            if (decision.isSupervisorNotified()) {
                done.append(", supervisor notified");
            }
            if (decision.getNewPriority() != null && decision.getNewPriority().isHigherThan(priority)) {
                done.append(", priority ").append(priority).append(" -> ").append(decision.getNewPriority());
                priority = decision.getNewPriority();
            }
            if (decision.getNewDepartment() != null) {
                done.append(", moved from ").append(department).append(" to ").append(decision.getNewDepartment());
                department = decision.getNewDepartment();
            }
            decision.getNotes().forEach(n -> done.append("; ").append(n));
            record(now, SYSTEM, CaseEvent.Type.ESCALATED, status, status, done.toString());
        }
        timers().fired(checkpoint, done.toString(), settings, now);
    }

    /** A due checkpoint that has nothing left to watch (the case is closed): fired without action. */
    public void skip(SlaCheckpoint checkpoint, String why, OffsetDateTime now) {
        checkpoint.fire(now, "skipped: " + why);
    }

    /** The clock of that kind (null only for cases opened before clocks existed). */
    public SlaClock clock(CheckpointClock kind) {
        return timers().clock(kind);
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
     * move: the decree counts from the first contact); when it is null they are kept. The SLA clocks
     * keep the time already used and run on, re-targeted, on the new department's calendar
     * ({@code settings}).
     */
    public void transferTo(String toDepartment, RoutingDecision redecided, String reason, String actor,
            ClockSettings settings, OffsetDateTime now) {
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
        retarget(priority, department, slaTargets, actor, settings, now);
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

    /**
     * The customer wrote again about this case (a reply by email, say). The message is kept whole; a case
     * waiting on the customer goes back to work, its paused clocks resuming on the department's calendar
     * ({@code settings}); a resolved case comes back to life when the reply arrives within the reopen
     * window, since the customer is telling us the problem is not solved. A closed or merged case only
     * records it.
     */
    public void receiveCustomerMessage(Channel via, String messageSubject, String body, List<Attachment> files,
            Duration reopenWindow, ClockSettings settings, OffsetDateTime now) {
        receive(via, messageSubject, body, files, null, reopenWindow, settings, now);
    }

    /** As above, for a contact that names this case: its Message-ID, if any, is kept for threading. */
    public void receiveCustomerMessage(IncomingContact contact, Duration reopenWindow, ClockSettings settings,
            OffsetDateTime now) {
        receive(contact.channel(), contact.subject(), contact.description(), contact.attachments(),
                contact.mailMessageId(), reopenWindow, settings, now);
    }

    private void receive(Channel via, String messageSubject, String body, List<Attachment> files, String mailId,
            Duration reopenWindow, ClockSettings settings, OffsetDateTime now) {
        conversation().receive(via, messageSubject, body, files, mailId, now);
        record(now, CUSTOMER, CaseEvent.Type.CUSTOMER_MESSAGE, status, status, "message from the customer via " + via);
        if (status == CaseStatus.PENDING_CUSTOMER) {
            // The customer answered: the case is ours again, and so is the time.
            startWork(CUSTOMER, settings, now);
        } else if (status == CaseStatus.RESOLVED && !now.isAfter(lastResolvedAt().plus(reopenWindow))) {
            reopen(CUSTOMER, now);
        }
    }

    /**
     * A member of staff answers the customer. {@code via} is how the answer travels ({@code null} when
     * the customer left no way to reach them: the answer is only recorded) and {@code mailMessageId} the
     * Message-ID of the mail that carries it. A closed or merged case takes no more answers.
     *
     * @throws CaseNotAnswerableException if the case is closed, merged or a duplicate
     */
    public CaseMessage replyToCustomer(String author, String text, Channel via, String outgoingMessageId,
            OffsetDateTime now) {
        if (!acceptsReplies()) {
            throw new CaseNotAnswerableException(protocol(), status);
        }
        CaseMessage reply = conversation().reply(author, text, via, outgoingMessageId, now);
        record(now, author, CaseEvent.Type.STAFF_REPLY, status, status,
                via == null ? "reply recorded (no way to reach the customer)" : "reply to the customer via " + via);
        // Whatever way it travels, an answer written to the customer is the first response.
        respondedToCustomer(author, now);
        return reply;
    }

    /** A member of staff notes something for colleagues; the customer never sees it. */
    public CaseMessage addInternalNote(String author, String text, OffsetDateTime now) {
        CaseMessage note = conversation().note(author, text, now);
        record(now, author, CaseEvent.Type.INTERNAL_NOTE, status, status, "internal note");
        return note;
    }

    /** Whether staff may still answer the customer: not once the case is closed, merged or a duplicate. */
    public boolean acceptsReplies() {
        return status != CaseStatus.CLOSED && status != CaseStatus.MERGED && status != CaseStatus.DUPLICATE;
    }

    /** The Message-ID of the customer's latest mail about this case, the one an answer replies to. */
    public String lastCustomerMailId() {
        return conversation().lastCustomerMailId();
    }

    /** Every Message-ID of the conversation by mail, oldest first: the customer's and our replies. */
    public List<String> mailThread() {
        return conversation().mailThread();
    }

    /** Something the phone system reported about a call on this case: notes, the end of the call. */
    public void recordCall(String actor, String detail, OffsetDateTime now) {
        record(now, actor, CaseEvent.Type.PHONE_CALL, status, status, clip(detail));
    }

    /** The caller said who they are during the call; what was already known is kept. */
    public void identifyCustomer(Customer details, String actor, OffsetDateTime now) {
        Customer before = customer();
        customer = before.completedWith(details);
        record(now, actor, CaseEvent.Type.CUSTOMER_IDENTIFIED, status, status, customer.describeMasked());
    }

    /** The rules judged this contact more urgent than the case was (a repeat call, say); never lowers. */
    public void raisePriorityTo(Priority level, String why, OffsetDateTime now) {
        if (level.isHigherThan(priority)) {
            Priority before = priority;
            priority = level;
            record(now, SYSTEM, CaseEvent.Type.PRIORITY_RAISED, status, status,
                    clip("priority " + before + " -> " + level + ": " + why));
        }
    }

    /**
     * Decreto 11.034/2022: a call that fell must be called back. The rules set how soon (the SLA's first
     * response, in minutes); an earlier promise already made is kept, and the first-response target
     * never gets looser.
     */
    public void requireCallback(String reason, SlaTargets targets, OffsetDateTime now) {
        OffsetDateTime due = now.plusMinutes(targets.firstResponseMinutes());
        if (callbackDueAt == null || due.isBefore(callbackDueAt)) {
            callbackDueAt = due;
        }
        if (targets.firstResponseMinutes() < slaTargets.firstResponseMinutes()) {
            slaTargets = new SlaTargets(targets.firstResponseMinutes(), slaTargets.resolutionMinutes(),
                    slaTargets.legalDays());
        }
        record(now, SYSTEM, CaseEvent.Type.CALLBACK_REQUIRED, status, status,
                clip(reason + "; call back by " + callbackDueAt));
    }

    /** The attendant solved it while the caller was on the line (first-contact resolution). */
    public void resolveOnFirstContact(String attendant, OffsetDateTime now) {
        if (CaseAction.RESOLVE.isAllowedIn(status)) {
            resolve(attendant, new Resolution("first-contact", "solved on the call", "resolved on first contact (phone)"),
                    now);
        }
    }

    /** The clocks and checkpoints, as one part; a fresh view each time, since JPA may swap the lists. */
    private SlaTimers timers() {
        return new SlaTimers(this, clocks, checkpoints);
    }

    private Conversation conversation() {
        return new Conversation(this, messages, attachments, mailMessageId);
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

    private static String clip(String detail) {
        return detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
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

    /** What the clocks did, as one history line, when they did anything. */
    private void recordIfAny(List<String> done, OffsetDateTime now, String actor, CaseEvent.Type type, String what) {
        if (!done.isEmpty()) {
            record(now, actor, type, status, status, what + String.join(", ", done));
        }
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

    /** What the consumer picked at intake (none for cases opened before they were kept). */
    public ContactChoices choices() {
        // JPA reads an embeddable whose columns are all null as null.
        return choices == null ? ContactChoices.NONE : choices;
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

    public OffsetDateTime callbackDueAt() {
        return callbackDueAt;
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

    public List<SlaClock> clocks() {
        return Collections.unmodifiableList(clocks);
    }

    public List<SlaCheckpoint> checkpoints() {
        return Collections.unmodifiableList(checkpoints);
    }

    public int escalationLevel() {
        return escalationLevel;
    }

    public List<CaseEvent> history() {
        return Collections.unmodifiableList(history);
    }
}

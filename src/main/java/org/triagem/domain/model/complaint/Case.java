package org.triagem.domain.model.complaint;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import org.triagem.domain.model.routing.CheckpointClock;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.ClockSettings;
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
 *
 * <p>The case keeps the lifecycle (status, assignee, resolution) and is split by concern into parts it
 * owns: {@link FirstContact} and {@link CaseRouting} (stored in its row), {@link SlaTimers} (clocks and
 * checkpoints), {@link Conversation}, {@link CaseEscalation}, {@link CaseCall}, {@link CaseMerge} and
 * {@link CaseHistory}. Each part is reached through the case and writes through it.
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

    @Embedded
    private FirstContact firstContact;

    @Embedded
    private CaseRouting routing;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CaseStatus status;

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

    @OneToMany(mappedBy = "complaintCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind ASC")
    private List<SlaClock> clocks = new ArrayList<>();

    @OneToMany(mappedBy = "complaintCase", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<SlaCheckpoint> checkpoints = new ArrayList<>();

    @Version
    private long version;

    protected Case() {
        // for JPA
    }

    private Case(ProtocolNumber protocol, IncomingContact contact, RoutingDecision decision,
            ClockSettings settings, OffsetDateTime now) {
        this.protocol = protocol.value();
        this.firstContact = new FirstContact(contact);
        this.routing = CaseRouting.decided(decision, now);
        this.openedAt = now;
        this.status = CaseStatus.NEW;
        log().record(now, SYSTEM, CaseEvent.Type.OPENED, null, CaseStatus.NEW,
                EventDetail.opened(contact.channel(), department(), priority()));
        conversation().keep(contact.attachments(), now);
        sla().start(routing.slaTargets(), settings, now);
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
        handTo(agent, agent, now, EventDetail.handOver("CLAIMED"));
        moveTo(CaseStatus.ASSIGNED, agent, now, EventDetail.claimedBy(agent));
    }

    /**
     * Gives the case to an agent, or to another agent: {@code how} says how the agent was chosen (by a
     * supervisor, or by the department's assignment strategy) and goes into the history.
     */
    public void assignTo(String agent, String actor, HowAssigned how, OffsetDateTime now) {
        require(CaseAction.ASSIGN);
        handTo(agent, actor, now, how.detail());
        if (status == CaseStatus.NEW || status == CaseStatus.REOPENED) {
            moveTo(CaseStatus.ASSIGNED, actor, now, EventDetail.assignedTo(agent));
        }
    }

    /** The case goes back to the department's queue. */
    public void unassign(String actor, OffsetDateTime now) {
        require(CaseAction.UNASSIGN);
        handTo(null, actor, now, EventDetail.handOver("UNASSIGNED"));
        moveTo(CaseStatus.NEW, actor, now, EventDetail.status("UNASSIGNED"));
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
            handTo(agent, agent, now, EventDetail.handOver("STARTED_WORK"));
        }
        moveTo(CaseStatus.IN_PROGRESS, agent, now, EventDetail.status("WORK_STARTED"));
        if (wasWaiting) {
            log().recordIfAny(sla().resume(settings, now), now, agent, CaseEvent.Type.SLA_RESUMED, status);
        }
    }

    /** The case waits on the consumer; the clocks the policy pauses stop counting, and their checkpoints wait. */
    public void awaitCustomer(String agent, OffsetDateTime now) {
        require(CaseAction.PENDING_CUSTOMER);
        moveTo(CaseStatus.PENDING_CUSTOMER, agent, now, EventDetail.status("AWAITING_CUSTOMER"));
        log().recordIfAny(sla().pause(now), now, agent, CaseEvent.Type.SLA_PAUSED, status);
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
        moveTo(CaseStatus.RESOLVED, agent, now, EventDetail.resolved(resolution));
        meet(List.of(CheckpointClock.values()), agent, now);
    }

    private void meet(List<CheckpointClock> kinds, String actor, OffsetDateTime now) {
        log().recordIfAny(sla().meet(kinds, now), now, actor, CaseEvent.Type.SLA_MET, status);
    }

    /**
     * The priority or the department changed and the {@code sla} rules gave new targets: every clock keeps
     * the time it already used and takes its new target; open checkpoints move. Recorded in the history.
     */
    public void retarget(Priority newPriority, String newDepartment, SlaTargets newTargets, String actor,
            ClockSettings settings, OffsetDateTime now) {
        EventDetail detail = routing.retarget(newPriority, newDepartment, newTargets, openedAt);
        sla().retarget(newTargets, settings);
        routing.legalDeadlineMovedTo(sla().clock(CheckpointClock.LEGAL));
        log().record(now, actor, CaseEvent.Type.SLA_RETARGETED, status, status, detail);
    }

    public void close(String actor, OffsetDateTime now) {
        require(CaseAction.CLOSE);
        moveTo(CaseStatus.CLOSED, actor, now, EventDetail.status("CLOSED"));
    }

    /**
     * The consumer came back within the reopen window, or staff found the solution did not hold: a new
     * resolution and a new legal answer are owed, so those clocks restart on the targets the rules gave.
     */
    public void reopen(String actor, ClockSettings settings, OffsetDateTime now) {
        require(CaseAction.REOPEN);
        moveTo(CaseStatus.REOPENED, actor, now, EventDetail.status("REOPENED"));
        log().recordIfAny(sla().restart(List.of(CheckpointClock.RESOLUTION, CheckpointClock.LEGAL),
                routing.slaTargets(), settings, now), now, actor, CaseEvent.Type.SLA_RESTARTED, status);
        routing.legalDeadlineMovedTo(sla().clock(CheckpointClock.LEGAL));
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
        String from = department();
        routing.transferTo(toDepartment, reason);
        log().record(now, actor, CaseEvent.Type.TRANSFERRED, status, status, from, toDepartment,
                EventDetail.transferred(reason));
        if (redecided != null) {
            Priority before = priority();
            routing.redecide(redecided);
            log().record(now, actor, CaseEvent.Type.REDECIDED, status, status, before.name(), priority().name(),
                    EventDetail.redecided(routing.ruleSetVersion()));
        }
        retarget(priority(), department(), routing.slaTargets(), actor, settings, now);
        queueIn(toDepartment, actor, now, EventDetail.handOver("TRANSFERRED"));
    }

    /** The case waits, unassigned, in the queue of the department it was moved to (a transfer, an escalation). */
    void queueIn(String toDepartment, String actor, OffsetDateTime now, EventDetail why) {
        if (assignee != null) {
            handTo(null, actor, now, why);
        }
        if (status != CaseStatus.NEW && status.canMoveTo(CaseStatus.NEW)) {
            moveTo(CaseStatus.NEW, actor, now, EventDetail.queuedIn(toDepartment));
        }
    }

    /** This case repeats another: merged into it, or marked a duplicate of it. */
    public CaseMerge merge() {
        return new CaseMerge(this);
    }

    /** Ends the case as a repeat of {@code target} (merged, or a duplicate), pointing at it. */
    void endAsRepeatOf(Case target, CaseStatus end, CaseEvent.Type type, String actor, OffsetDateTime now,
            EventDetail detail) {
        mergedInto = target.protocol;
        log().record(now, actor, type, status, status, protocol, target.protocol, detail);
        moveTo(end, actor, now, EventDetail.duplicateOf(target.protocol));
    }

    /**
     * What a customer's message does to the case: one waiting on the customer goes back to work, its
     * paused clocks resuming on the department's calendar; a resolved one comes back to life within the
     * reopen window, since the customer is telling us the problem is not solved.
     */
    void customerWrote(Duration reopenWindow, ClockSettings settings, OffsetDateTime now) {
        if (status == CaseStatus.PENDING_CUSTOMER) {
            // The customer answered: the case is ours again, and so is the time.
            startWork(CUSTOMER, settings, now);
        } else if (status == CaseStatus.RESOLVED && !now.isAfter(log().lastResolvedAt(openedAt).plus(reopenWindow))) {
            reopen(CUSTOMER, settings, now);
        }
    }

    /** The clocks and checkpoints, as one part; a fresh view each time, since JPA may swap the lists. */
    public SlaTimers sla() {
        return new SlaTimers(this, clocks, checkpoints);
    }

    /** The messages and files exchanged after the first contact, as one part. */
    public Conversation conversation() {
        return new Conversation(this, messages, attachments, firstContact.mailMessageId());
    }

    /** The contact that opened the case, and who the customer is. */
    public FirstContact firstContact() {
        return firstContact;
    }

    /** Where the rules put the case and how soon it is owed. */
    public CaseRouting routing() {
        return routing;
    }

    /** What happens at a due SLA checkpoint. */
    public CaseEscalation escalation() {
        return new CaseEscalation(this);
    }

    /** What the phone system tells the case during a call. */
    public CaseCall call() {
        return new CaseCall(this);
    }

    /** The customer's identifiers, masked to staff unless one is revealed for a reason. */
    public CasePersonalData personalData() {
        return new CasePersonalData(this);
    }

    /** The customer's contact data, as they ask to correct it. */
    public CaseContact contact() {
        return new CaseContact(this);
    }

    CaseHistory log() {
        return new CaseHistory(this, history);
    }

    private void handTo(String agent, String actor, OffsetDateTime now, EventDetail how) {
        String before = assignee;
        assignee = agent;
        log().record(now, actor, CaseEvent.Type.ASSIGNMENT, status, status, before, agent, how);
    }

    void require(CaseAction action) {
        if (!action.isAllowedIn(status)) {
            throw new IllegalCaseActionException(status, action);
        }
    }

    private void moveTo(CaseStatus next, String actor, OffsetDateTime now, EventDetail detail) {
        if (!status.canMoveTo(next)) {
            throw new IllegalCaseTransitionException(status, next);
        }
        CaseStatus before = status;
        status = next;
        log().record(now, actor, CaseEvent.Type.STATUS_CHANGED, before, next, detail);
    }

    public ProtocolNumber protocol() {
        return ProtocolNumber.parse(protocol);
    }

    /** The department whose queue the case is in: {@link CaseRouting#department()}, asked for everywhere. */
    public String department() {
        return routing.department();
    }

    public Priority priority() {
        return routing.priority();
    }

    public CaseStatus status() {
        return status;
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

    public List<CaseEvent> history() {
        return Collections.unmodifiableList(history);
    }
}

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
        for (CheckpointClock kind : CheckpointClock.values()) {
            SlaClock clock = new SlaClock(this, kind, ClockSettings.targetMinutes(kind, slaTargets),
                    settings.policy().pausing().contains(kind), settings.measureFor(kind), now);
            clocks.add(clock);
            schedule(clock, settings);
        }
    }

    private void keep(List<Attachment> files, OffsetDateTime now) {
        files.forEach(f -> attachments.add(new CaseAttachment(this, f, now)));
    }

    /** Opens a case for a new contact, as the rules decided, its clocks on the default calendar. */
    public static Case open(ProtocolNumber protocol, IncomingContact contact, RoutingDecision decision,
            OffsetDateTime now) {
        return open(protocol, contact, decision, ClockSettings.standard(), now);
    }

    /**
     * Opens a case for a new contact, as the rules decided: its SLA clocks start now, on the calendar of
     * the department it goes to, with their escalation checkpoints.
     */
    public static Case open(ProtocolNumber protocol, IncomingContact contact, RoutingDecision decision,
            ClockSettings settings, OffsetDateTime now) {
        return new Case(protocol, contact, decision, settings, now);
    }

    /** A member of staff takes the case. */
    public void assign(String agent, OffsetDateTime now) {
        moveTo(CaseStatus.ASSIGNED, agent, now, "assigned to " + agent);
    }

    public void startWork(String agent, OffsetDateTime now) {
        startWork(agent, ClockSettings.standard(), now);
    }

    /** Work starts or goes on; coming back from waiting on the customer, the paused clocks resume. */
    public void startWork(String agent, ClockSettings settings, OffsetDateTime now) {
        boolean wasWaiting = status == CaseStatus.PENDING_CUSTOMER;
        moveTo(CaseStatus.IN_PROGRESS, agent, now, "work started");
        if (wasWaiting) {
            resumeClocks(agent, settings, now);
        }
    }

    /** The case waits on the consumer; the clocks the policy pauses stop counting, and their checkpoints wait. */
    public void awaitCustomer(String agent, OffsetDateTime now) {
        moveTo(CaseStatus.PENDING_CUSTOMER, agent, now, "waiting on the customer");
        List<String> paused = new ArrayList<>();
        for (SlaClock clock : clocks) {
            if (clock.pause(now)) {
                checkpoints.removeIf(cp -> cp.clock() == clock.kind() && cp.isOpen());
                paused.add(clock.kind().name());
            }
        }
        if (!paused.isEmpty()) {
            record(now, agent, CaseEvent.Type.SLA_PAUSED, status, status,
                    "clocks paused: " + String.join(", ", paused));
        }
    }

    private void resumeClocks(String actor, ClockSettings settings, OffsetDateTime now) {
        List<String> resumed = new ArrayList<>();
        for (SlaClock clock : clocks) {
            if (clock.resume(settings.measureFor(clock.kind()), now)) {
                schedule(clock, settings);
                resumed.add(clock.kind() + " due " + clock.dueAt());
            }
        }
        if (!resumed.isEmpty()) {
            record(now, actor, CaseEvent.Type.SLA_RESUMED, status, status,
                    "clocks resumed: " + String.join(", ", resumed));
        }
    }

    /**
     * A member of staff answered the customer: the first-response clock is met (once; later replies
     * change nothing). The staff reply path calls this, whichever channel the answer leaves by.
     */
    public void respondedToCustomer(String agent, OffsetDateTime now) {
        meet(List.of(CheckpointClock.FIRST_RESPONSE), agent, now);
    }

    /** The case is resolved: every clock still running is met (a resolution also answers the customer). */
    public void resolve(String agent, String resolution, OffsetDateTime now) {
        moveTo(CaseStatus.RESOLVED, agent, now, resolution);
        meet(List.of(CheckpointClock.values()), agent, now);
    }

    private void meet(List<CheckpointClock> kinds, String actor, OffsetDateTime now) {
        List<String> met = new ArrayList<>();
        for (CheckpointClock kind : kinds) {
            SlaClock clock = clock(kind);
            if (clock != null && clock.meet(now)) {
                checkpoints.removeIf(cp -> cp.clock() == kind && cp.isOpen());
                met.add(kind + (clock.state(now) == ClockState.BREACHED ? " late" : " in time")
                        + " (due " + clock.dueAt() + ")");
            }
        }
        if (!met.isEmpty()) {
            record(now, actor, CaseEvent.Type.SLA_MET, status, status, "clocks met: " + String.join(", ", met));
        }
    }

    /**
     * The priority or the department changed and the {@code sla} rules gave new targets: every clock keeps
     * the time it already used and takes its new target; open checkpoints move. Recorded in the history.
     */
    public void retarget(Priority newPriority, String newDepartment, SlaTargets newTargets, String actor,
            ClockSettings settings, OffsetDateTime now) {
        String detail = "re-targeted" + (newPriority == priority ? "" : ": priority " + priority + " -> " + newPriority)
                + (newDepartment.equals(department) ? "" : ", department " + department + " -> " + newDepartment)
                + ", targets " + describe(slaTargets) + " -> " + describe(newTargets);
        this.priority = newPriority;
        this.department = newDepartment;
        this.slaTargets = newTargets;
        this.legalDeadline = newTargets.legalDeadlineFrom(openedAt);
        for (SlaClock clock : clocks) {
            clock.retarget(ClockSettings.targetMinutes(clock.kind(), newTargets), settings.measureFor(clock.kind()));
            schedule(clock, settings);
        }
        record(now, actor, CaseEvent.Type.SLA_RETARGETED, status, status, detail);
    }

    private static String describe(SlaTargets t) {
        return t.firstResponseMinutes() + "/" + t.resolutionMinutes() + " min, " + t.legalDays() + " d";
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
        SlaClock clock = clock(checkpoint.clock());
        StringBuilder done = new StringBuilder(checkpoint.clock() + " at " + checkpoint.percent() + "%");
        if (checkpoint.percent() >= 100 && clock != null) {
            clock.markBreached();
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
        checkpoint.fire(now, done.toString());
        if (checkpoint.percent() >= 100 && clock != null && clock.isCounting()) {
            scheduleRepeat(clock, checkpoint.level() + 1, settings);
        }
    }

    /** A due checkpoint that has nothing left to watch (the case is closed): fired without action. */
    public void skip(SlaCheckpoint checkpoint, String why, OffsetDateTime now) {
        checkpoint.fire(now, "skipped: " + why);
    }

    private void schedule(SlaClock clock, ClockSettings settings) {
        var policy = settings.policy();
        var measure = settings.measureFor(clock.kind());
        for (int level = 1; level <= policy.levels(); level++) {
            OffsetDateTime due = clock.dueAtPercent(policy.percentAt(level), measure);
            placeCheckpoint(clock, level, policy.percentAt(level), due);
        }
        for (SlaCheckpoint cp : List.copyOf(checkpoints)) {
            if (cp.clock() == clock.kind() && cp.level() > policy.levels() && cp.isOpen()) {
                placeCheckpoint(clock, cp.level(), cp.percent(), clock.isCounting()
                        ? clock.dueAt().plus(policy.repeatAfterBreach().multipliedBy(cp.level() - policy.levels()))
                        : null);
            }
        }
    }

    private void scheduleRepeat(SlaClock clock, int level, ClockSettings settings) {
        var policy = settings.policy();
        int repeats = level - policy.levels();
        long percent = 100 + policy.repeatAfterBreach().toMinutes() * repeats * 100 / clock.targetMinutes();
        placeCheckpoint(clock, level, (int) Math.min(Integer.MAX_VALUE, percent),
                clock.dueAt().plus(policy.repeatAfterBreach().multipliedBy(repeats)));
    }

    /** Creates, moves or (with no due time: the clock is not counting) drops an open checkpoint. */
    private void placeCheckpoint(SlaClock clock, int level, int percent, OffsetDateTime due) {
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
            checkpoints.add(new SlaCheckpoint(this, clock.kind(), level, percent, due));
        } else {
            existing.reschedule(due);
        }
    }

    /** The clock of that kind (null only for cases opened before clocks existed). */
    public SlaClock clock(CheckpointClock kind) {
        return clocks.stream().filter(c -> c.kind() == kind).findFirst().orElse(null);
    }

    public void close(String actor, OffsetDateTime now) {
        moveTo(CaseStatus.CLOSED, actor, now, "closed");
    }

    /** The consumer came back within the reopen window. */
    public void reopen(String actor, OffsetDateTime now) {
        moveTo(CaseStatus.REOPENED, actor, now, "reopened");
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
        receiveCustomerMessage(via, messageSubject, body, files, reopenWindow, ClockSettings.standard(), now);
    }

    /**
     * As above, with the calendar of the case's department: a case waiting on the customer goes back to
     * work and its paused clocks resume.
     */
    public void receiveCustomerMessage(Channel via, String messageSubject, String body, List<Attachment> files,
            Duration reopenWindow, ClockSettings settings, OffsetDateTime now) {
        messages.add(new CaseMessage(this, via, now, messageSubject, body));
        keep(files, now);
        record(now, CUSTOMER, CaseEvent.Type.CUSTOMER_MESSAGE, status, status,
                "message from the customer via " + via);
        if (status == CaseStatus.PENDING_CUSTOMER) {
            // The customer answered: the case is ours again, and so is the time.
            startWork(CUSTOMER, settings, now);
        } else if (status == CaseStatus.RESOLVED && !now.isAfter(lastResolvedAt().plus(reopenWindow))) {
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

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

    /** The Message-ID of the mail that opened the case, for threading our answers under it. */
    @Column(name = "mail_message_id", length = CaseMessage.MAX_MESSAGE_ID)
    private String mailMessageId;

    /** When the consumer must have been called back (a dropped call, or a call-back asked for); null if not owed. */
    @Column(name = "callback_due_at")
    private OffsetDateTime callbackDueAt;

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
        this.mailMessageId = CaseMessage.fitMessageId(contact.mailMessageId());
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

    /** A member of staff takes the case. */
    public void assign(String agent, OffsetDateTime now) {
        moveTo(CaseStatus.ASSIGNED, agent, now, "assigned to " + agent);
    }

    public void startWork(String agent, OffsetDateTime now) {
        moveTo(CaseStatus.IN_PROGRESS, agent, now, "work started");
    }

    /** The case waits on the consumer; the SLA clocks pause. */
    public void awaitCustomer(String agent, OffsetDateTime now) {
        moveTo(CaseStatus.PENDING_CUSTOMER, agent, now, "waiting on the customer");
    }

    public void resolve(String agent, String resolution, OffsetDateTime now) {
        moveTo(CaseStatus.RESOLVED, agent, now, resolution);
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
        receive(via, messageSubject, body, files, null, reopenWindow, now);
    }

    /** As above, for a contact that names this case; its Message-ID, if any, is kept for threading. */
    public void receiveCustomerMessage(IncomingContact contact, Duration reopenWindow, OffsetDateTime now) {
        receive(contact.channel(), contact.subject(), contact.description(), contact.attachments(),
                contact.mailMessageId(), reopenWindow, now);
    }

    private void receive(Channel via, String messageSubject, String body, List<Attachment> files, String mailId,
            Duration reopenWindow, OffsetDateTime now) {
        messages.add(new CaseMessage(this, CaseMessage.Kind.CUSTOMER, via, null, now, messageSubject, body, mailId));
        keep(files, now);
        record(now, CUSTOMER, CaseEvent.Type.CUSTOMER_MESSAGE, status, status,
                "message from the customer via " + via);
        if (status == CaseStatus.RESOLVED && !now.isAfter(lastResolvedAt().plus(reopenWindow))) {
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
        CaseMessage reply = new CaseMessage(this, CaseMessage.Kind.REPLY, via, author, now, null, text,
                outgoingMessageId);
        messages.add(reply);
        record(now, author, CaseEvent.Type.STAFF_REPLY, status, status,
                via == null ? "reply recorded (no way to reach the customer)" : "reply to the customer via " + via);
        return reply;
    }

    /** A member of staff notes something for colleagues; the customer never sees it. */
    public CaseMessage addInternalNote(String author, String text, OffsetDateTime now) {
        CaseMessage note = new CaseMessage(this, CaseMessage.Kind.NOTE, null, author, now, null, text, null);
        messages.add(note);
        record(now, author, CaseEvent.Type.INTERNAL_NOTE, status, status, "internal note");
        return note;
    }

    /** Whether staff may still answer the customer: not once the case is closed, merged or a duplicate. */
    public boolean acceptsReplies() {
        return status != CaseStatus.CLOSED && status != CaseStatus.MERGED && status != CaseStatus.DUPLICATE;
    }

    /** The Message-ID of the customer's latest mail about this case, the one an answer replies to. */
    public String lastCustomerMailId() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            CaseMessage m = messages.get(i);
            if (m.kind() == CaseMessage.Kind.CUSTOMER && m.mailMessageId() != null) {
                return m.mailMessageId();
            }
        }
        return mailMessageId;
    }

    /** Every Message-ID of the conversation by mail, oldest first: the customer's and our replies. */
    public List<String> mailThread() {
        List<String> ids = new ArrayList<>();
        if (mailMessageId != null) {
            ids.add(mailMessageId);
        }
        messages.stream().filter(m -> m.kind() != CaseMessage.Kind.NOTE && m.mailMessageId() != null)
                .forEach(m -> ids.add(m.mailMessageId()));
        return ids;
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
        if (status.canMoveTo(CaseStatus.RESOLVED)) {
            resolve(attendant, "resolved on first contact (phone)", now);
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

    public OffsetDateTime callbackDueAt() {
        return callbackDueAt;
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

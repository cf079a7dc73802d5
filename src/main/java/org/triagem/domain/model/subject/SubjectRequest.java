package org.triagem.domain.model.subject;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
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
import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * A data subject's request (the history of their complaints, or access to their data) with its own clock
 * in calendar days. It is due {@link RequestKind#deadline()} after it was received; an open request is
 * escalated at 80 % of its clock, at the deadline, and every day after while it stays open, like a case's
 * checkpoints. Fulfilling it stops the clock and records who answered, when and how it was delivered.
 *
 * <p>The subject is kept only as the hash and the masked form of their {@link SubjectKey}; the protocol they
 * verified with (or that staff named) leads to their data.
 */
// Several nodes sweep the table: never serve a row from EclipseLink's shared cache.
@Cacheable(false)
@Entity
@Table(name = "subject_request")
public class SubjectRequest {

    /** The first checkpoint, as a share of the clock: a warning while there is still time to answer. */
    static final int WARNING_PERCENT = 80;
    /** While a request stays open past its deadline it escalates again this often. */
    static final Duration REPEAT = Duration.ofDays(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subjectRequestSeq")
    @SequenceGenerator(name = "subjectRequestSeq", sequenceName = "subject_request_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RequestKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RequestChannel channel;

    @Column(nullable = false, length = ProtocolNumber.LENGTH)
    private String protocol;

    @Column(name = "subject_hash", nullable = false, length = 64)
    private String subjectHash;

    @Column(name = "subject_masked", nullable = false, length = 120)
    private String subjectMasked;

    @Column(name = "registered_by", nullable = false, length = 120)
    private String registeredBy;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "due_at", nullable = false)
    private OffsetDateTime dueAt;

    @Column(name = "fulfilled_at")
    private OffsetDateTime fulfilledAt;

    @Column(name = "fulfilled_by", length = 120)
    private String fulfilledBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Delivery delivery;

    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel;

    /** The next escalation checkpoint; null once the request is fulfilled. */
    @Column(name = "next_check_at")
    private OffsetDateTime nextCheckAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt ASC, id ASC")
    private List<SubjectRequestEvent> events = new ArrayList<>();

    @Version
    private long version;

    protected SubjectRequest() {
        // for JPA
    }

    private SubjectRequest(RequestKind kind, RequestChannel channel, ProtocolNumber protocol, SubjectKey subject,
            String registeredBy, OffsetDateTime now) {
        this.kind = kind;
        this.channel = channel;
        this.protocol = protocol.value();
        this.subjectHash = subject.hash();
        this.subjectMasked = subject.masked();
        this.registeredBy = registeredBy;
        this.receivedAt = now;
        this.dueAt = now.plus(kind.deadline());
        this.nextCheckAt = now.plus(kind.deadline().multipliedBy(WARNING_PERCENT).dividedBy(100));
        record(now, registeredBy, SubjectRequestEvent.Type.RECEIVED, kind + " via " + channel + ", due " + dueAt);
    }

    /** The subject asked, on {@code channel}; {@code registeredBy} is who took it (the customer on the page). */
    public static SubjectRequest receive(RequestKind kind, RequestChannel channel, ProtocolNumber protocol,
            SubjectKey subject, String registeredBy, OffsetDateTime now) {
        return new SubjectRequest(kind, channel, protocol, subject, registeredBy, now);
    }

    /**
     * The answer reached the subject: the clock stops, met or late.
     *
     * @throws IllegalStateException if it was fulfilled already
     */
    public void fulfil(String by, Delivery how, OffsetDateTime now) {
        if (isFulfilled()) {
            throw new IllegalStateException("request " + id + " was fulfilled already");
        }
        fulfilledAt = now;
        fulfilledBy = by;
        delivery = how;
        nextCheckAt = null;
        record(now, by, SubjectRequestEvent.Type.FULFILLED, "delivered by " + how
                + (metInTime() ? ", in time" : ", late by " + Duration.between(dueAt, now).toHours() + " h"));
    }

    /**
     * The next checkpoint fell due: the request escalates one level and the checkpoint moves on (to the
     * deadline after the warning, then a day at a time). A fulfilled request, or a checkpoint not yet due,
     * does nothing.
     *
     * @return what escalated, for the notice; empty when nothing did
     */
    public java.util.Optional<Escalation> escalateIfDue(OffsetDateTime now) {
        if (isFulfilled() || nextCheckAt == null || nextCheckAt.isAfter(now)) {
            return java.util.Optional.empty();
        }
        boolean breached = !now.isBefore(dueAt);
        escalationLevel++;
        nextCheckAt = breached ? now.plus(REPEAT) : dueAt;
        Escalation escalation = new Escalation(escalationLevel, breached ? 100 : WARNING_PERCENT, breached, dueAt);
        record(now, "system", SubjectRequestEvent.Type.ESCALATED, escalation.describe());
        return java.util.Optional.of(escalation);
    }

    private void record(OffsetDateTime now, String actor, SubjectRequestEvent.Type type, String detail) {
        events.add(new SubjectRequestEvent(this, now, actor, type, detail));
    }

    /** One escalation: the level reached, the share of the clock, whether the deadline passed. */
    public record Escalation(int level, int percent, boolean breached, OffsetDateTime dueAt) {
        public String describe() {
            return "level " + level + " at " + percent + "% of the clock" + (breached ? ", deadline passed" : "")
                    + " (due " + dueAt + ")";
        }
    }

    public boolean isFulfilled() {
        return fulfilledAt != null;
    }

    /** Fulfilled no later than its deadline. */
    public boolean metInTime() {
        return isFulfilled() && !fulfilledAt.isAfter(dueAt);
    }

    public boolean isOverdue(OffsetDateTime now) {
        return !isFulfilled() && now.isAfter(dueAt);
    }

    public Long id() {
        return id;
    }

    public RequestKind kind() {
        return kind;
    }

    public RequestChannel channel() {
        return channel;
    }

    public ProtocolNumber protocol() {
        return ProtocolNumber.parse(protocol);
    }

    public String subjectHash() {
        return subjectHash;
    }

    public String subjectMasked() {
        return subjectMasked;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public OffsetDateTime receivedAt() {
        return receivedAt;
    }

    public OffsetDateTime dueAt() {
        return dueAt;
    }

    public OffsetDateTime fulfilledAt() {
        return fulfilledAt;
    }

    public String fulfilledBy() {
        return fulfilledBy;
    }

    public Delivery delivery() {
        return delivery;
    }

    public int escalationLevel() {
        return escalationLevel;
    }

    public OffsetDateTime nextCheckAt() {
        return nextCheckAt;
    }

    public List<SubjectRequestEvent> events() {
        return Collections.unmodifiableList(events);
    }
}

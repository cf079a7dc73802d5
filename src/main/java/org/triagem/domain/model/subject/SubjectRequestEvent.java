package org.triagem.domain.model.subject;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One step in a subject request's life: received, escalated, fulfilled. Part of {@link SubjectRequest}. */
@Entity
@Table(name = "subject_request_event")
public class SubjectRequestEvent {

    /** What happened. */
    public enum Type {
        RECEIVED,
        ESCALATED,
        FULFILLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subjectRequestEventSeq")
    @SequenceGenerator(name = "subjectRequestEventSeq", sequenceName = "subject_request_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private SubjectRequest request;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, length = 120)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Type type;

    @Column(length = 1000)
    private String detail;

    protected SubjectRequestEvent() {
        // for JPA
    }

    SubjectRequestEvent(SubjectRequest request, OffsetDateTime occurredAt, String actor, Type type, String detail) {
        this.request = request;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.type = type;
        this.detail = detail;
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

    public String detail() {
        return detail;
    }
}

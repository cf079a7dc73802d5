package org.triagem.domain.model.subject;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One line of the DPO's audit list: who searched, exported or corrected whose data, and when. The subject is
 * kept hashed and masked ({@link SubjectKey}), never in clear, so the audit itself holds no personal data
 * beyond the staff member's name.
 */
@Entity
@Table(name = "subject_audit")
public class SubjectAudit {

    /** What was done with the subject's data. */
    public enum Action {
        SEARCHED,
        EXPORTED_JSON,
        EXPORTED_PDF,
        CONTACT_CORRECTED,
        HISTORY_DELIVERED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subjectAuditSeq")
    @SequenceGenerator(name = "subjectAuditSeq", sequenceName = "subject_audit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, length = 120)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Action action;

    @Column(name = "subject_hash", nullable = false, length = 64)
    private String subjectHash;

    @Column(name = "subject_masked", nullable = false, length = 120)
    private String subjectMasked;

    @Column(length = 1000)
    private String detail;

    protected SubjectAudit() {
        // for JPA
    }

    private SubjectAudit(String actor, Action action, SubjectKey subject, String detail, OffsetDateTime now) {
        this.occurredAt = now;
        this.actor = actor;
        this.action = action;
        this.subjectHash = subject.hash();
        this.subjectMasked = subject.masked();
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    /** {@code actor} did {@code action} with the data of {@code subject}; {@code detail} holds no personal data. */
    public static SubjectAudit of(String actor, Action action, SubjectKey subject, String detail, OffsetDateTime now) {
        return new SubjectAudit(actor, action, subject, detail, now);
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public Action action() {
        return action;
    }

    public String subjectHash() {
        return subjectHash;
    }

    public String subjectMasked() {
        return subjectMasked;
    }

    public String detail() {
        return detail;
    }
}

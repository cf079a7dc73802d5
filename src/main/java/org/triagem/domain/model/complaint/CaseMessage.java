package org.triagem.domain.model.complaint;

import jakarta.persistence.Column;
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

/**
 * A message the customer sent about an existing case, such as a reply by email. Kept whole: the
 * history event that announces it carries only a summary.
 */
@Entity
@Table(name = "case_message")
public class CaseMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "caseMessageSeq")
    @SequenceGenerator(name = "caseMessageSeq", sequenceName = "case_message_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private Case complaintCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(length = 300)
    private String subject;

    @Column(nullable = false)
    private String body;

    protected CaseMessage() {
        // for JPA
    }

    CaseMessage(Case complaintCase, Channel channel, OffsetDateTime receivedAt, String subject, String body) {
        this.complaintCase = complaintCase;
        this.channel = channel;
        this.receivedAt = receivedAt;
        this.subject = subject;
        this.body = body;
    }

    public Channel channel() {
        return channel;
    }

    public OffsetDateTime receivedAt() {
        return receivedAt;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }
}

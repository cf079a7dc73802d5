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
 * One message of a case's conversation after it was opened: what the customer sent (a reply by email,
 * say), a member of staff's reply to the customer, or an internal note the customer never sees. Kept
 * whole: the history event that announces it carries only a summary. A message that travelled by mail
 * keeps its Message-ID, so later mail can thread under it.
 */
@Entity
@Table(name = "case_message")
public class CaseMessage {

    /** Who wrote the message, and who may read it. */
    public enum Kind {
        /** From the customer. */
        CUSTOMER,
        /** From staff, to the customer. */
        REPLY,
        /** From staff, for staff only: never sent. */
        NOTE
    }

    static final int MAX_MESSAGE_ID = 998;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "caseMessageSeq")
    @SequenceGenerator(name = "caseMessageSeq", sequenceName = "case_message_seq", allocationSize = 500)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private Case complaintCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    /** How it travelled; none for a note, nor for a reply that could not be sent. */
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Channel channel;

    @Column(length = 120)
    private String author;

    @Column(name = "mail_message_id", length = MAX_MESSAGE_ID)
    private String mailMessageId;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(length = 300)
    private String subject;

    @Column(nullable = false)
    private String body;

    protected CaseMessage() {
        // for JPA
    }

    CaseMessage(Case complaintCase, Kind kind, Channel channel, String author, OffsetDateTime receivedAt,
            String subject, String body, String mailMessageId) {
        this.complaintCase = complaintCase;
        this.kind = kind;
        this.channel = channel;
        this.author = author;
        this.receivedAt = receivedAt;
        this.subject = subject;
        this.body = body;
        this.mailMessageId = fitMessageId(mailMessageId);
    }

    /** A sender's Message-ID we cannot store whole is no use for threading: dropped, not cut. */
    static String fitMessageId(String id) {
        return id == null || id.isBlank() || id.length() > MAX_MESSAGE_ID ? null : id.strip();
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** {@code null} for a note, or a reply that was recorded but not sent. */
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

    /** The staff member who wrote it; {@code null} for the customer's messages. */
    public String author() {
        return author;
    }

    /** The Message-ID it came or went with, when it travelled by mail. */
    public String mailMessageId() {
        return mailMessageId;
    }
}

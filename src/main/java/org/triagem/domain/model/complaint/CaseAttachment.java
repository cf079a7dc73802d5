package org.triagem.domain.model.complaint;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A file stored with a case. Its bytes are loaded only when asked for. */
@Entity
@Table(name = "case_attachment")
public class CaseAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "caseAttachmentSeq")
    @SequenceGenerator(name = "caseAttachmentSeq", sequenceName = "case_attachment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private Case complaintCase;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 127)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    protected CaseAttachment() {
        // for JPA
    }

    CaseAttachment(Case complaintCase, Attachment attachment, OffsetDateTime receivedAt) {
        this.complaintCase = complaintCase;
        this.fileName = attachment.fileName().length() > 255 ? attachment.fileName().substring(0, 255)
                : attachment.fileName();
        this.contentType = attachment.contentType().length() > 127 ? "application/octet-stream"
                : attachment.contentType();
        this.size = attachment.size();
        this.content = attachment.content();
        this.receivedAt = receivedAt;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public byte[] content() {
        return content.clone();
    }

    public OffsetDateTime receivedAt() {
        return receivedAt;
    }
}

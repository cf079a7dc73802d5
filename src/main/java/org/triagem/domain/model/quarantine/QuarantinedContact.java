package org.triagem.domain.model.quarantine;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.triagem.domain.model.complaint.Channel;

/** A contact held back from intake, with everything needed to replay it. */
@Entity
@Table(name = "quarantine")
@NamedQuery(name = "QuarantinedContact.recent",
        query = "SELECT q FROM QuarantinedContact q ORDER BY q.receivedAt DESC, q.id DESC")
public class QuarantinedContact {

    private static final int MAX_REASON = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quarantineSeq")
    @SequenceGenerator(name = "quarantineSeq", sequenceName = "quarantine_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Column(name = "source_key", length = 200)
    private String sourceKey;

    @Column(nullable = false)
    private String payload;

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "replayed_at")
    private OffsetDateTime replayedAt;

    @Column(name = "replayed_case", length = 14)
    private String replayedCase;

    @Version
    private long version;

    protected QuarantinedContact() {
        // for JPA
    }

    public QuarantinedContact(Channel channel, String sourceKey, String payload, String reason,
            OffsetDateTime receivedAt) {
        this.channel = channel;
        this.sourceKey = sourceKey;
        this.payload = payload == null ? "" : payload;
        this.reason = reason == null ? "unknown" : reason.substring(0, Math.min(reason.length(), MAX_REASON));
        this.receivedAt = receivedAt;
    }

    /** Records that a replay opened (or found) the given case. */
    public void replayedAs(String protocol, OffsetDateTime now) {
        this.replayedCase = protocol;
        this.replayedAt = now;
    }

    public Long id() {
        return id;
    }

    public Channel channel() {
        return channel;
    }

    public String sourceKey() {
        return sourceKey;
    }

    public String payload() {
        return payload;
    }

    public String reason() {
        return reason;
    }

    public OffsetDateTime receivedAt() {
        return receivedAt;
    }

    public OffsetDateTime replayedAt() {
        return replayedAt;
    }

    public String replayedCase() {
        return replayedCase;
    }
}

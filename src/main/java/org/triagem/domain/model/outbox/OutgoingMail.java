package org.triagem.domain.model.outbox;

import jakarta.persistence.Cacheable;
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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.triagem.domain.model.complaint.EmailAddress;
import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * One mail Triagem owes a customer, kept until the mail server has taken it.
 *
 * <p>It is written in the transaction of the change that caused it and starts {@code PENDING}, due at
 * once. Each failed attempt pushes the next one back (see {@link RetryPolicy}); a mail is {@code SENT}
 * once accepted, or {@code FAILED} when rejected for good or out of attempts. Our own Message-ID is
 * fixed at creation, so a retry is the same message to the recipient's threading.
 */
// Several nodes share the table: never serve a row from EclipseLink's shared cache.
@Cacheable(false)
@Entity
@Table(name = "outgoing_mail")
@NamedQuery(name = "OutgoingMail.countOfKindToSince",
        query = "SELECT COUNT(m) FROM OutgoingMail m WHERE m.kind IN :kinds AND m.recipientKey = :recipient"
                + " AND m.createdAt >= :since")
@NamedQuery(name = "OutgoingMail.countOfKindToEachSince",
        query = "SELECT m.recipientKey, COUNT(m) FROM OutgoingMail m WHERE m.kind IN :kinds"
                + " AND m.recipientKey IN :recipients AND m.createdAt >= :since GROUP BY m.recipientKey")
@NamedQuery(name = "OutgoingMail.failedTo",
        query = "SELECT COUNT(m) FROM OutgoingMail m WHERE m.recipientKey = :recipient AND m.status = :failed")
@NamedQuery(name = "OutgoingMail.ofKindFor",
        query = "SELECT COUNT(m) FROM OutgoingMail m WHERE m.protocol = :protocol AND m.kind = :kind")
@NamedQuery(name = "OutgoingMail.byMessageId",
        query = "SELECT m FROM OutgoingMail m WHERE m.messageId = :messageId")
@NamedQuery(name = "OutgoingMail.statusesOf",
        query = "SELECT m.messageId, m.status FROM OutgoingMail m WHERE m.messageId IN :messageIds")
public class OutgoingMail {

    static final int MAX_ERROR = 2000;
    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9-]{1,76}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoingMailSeq")
    @SequenceGenerator(name = "outgoingMailSeq", sequenceName = "outgoing_mail_seq", allocationSize = 500)
    private Long id;

    /** The case the mail is about; none for a notice about a mail that never became a case. */
    @Column(length = ProtocolNumber.LENGTH)
    private String protocol;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MailKind kind;

    @Column(nullable = false, length = 254)
    private String recipient;

    /**
     * The recipient as the daily auto-reply count compares it ({@link Outbox#addressKey}), a column of
     * its own so a plain index serves it on every database (migration 22); written once, with the
     * recipient.
     */
    @Column(name = "recipient_key", nullable = false, length = 254)
    private String recipientKey;

    @Column(nullable = false, length = 998)
    private String subject;

    @Column(nullable = false)
    private String body;

    /** An HTML alternative to the text body (migration 33), or null: only the digest has one so far. */
    @Column(name = "html_body")
    private String htmlBody;

    @Column(name = "message_id", nullable = false, length = 250)
    private String messageId;

    @Column(name = "in_reply_to", length = 998)
    private String inReplyTo;

    // "references" is an SQL keyword.
    @Column(name = "references_header")
    private String references;

    /** Further headers, one {@code Name: value} per line. */
    @Column(name = "extra_headers")
    private String extraHeaders;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Version
    private long version;

    protected OutgoingMail() {
        // for JPA
    }

    private OutgoingMail(ProtocolNumber protocol, MailKind kind, String recipient, String subject, String body,
            String messageId, OffsetDateTime now) {
        if (!EmailAddress.isValid(recipient)) {
            throw new IllegalArgumentException("not a deliverable address: " + EmailAddress.mask(recipient));
        }
        this.protocol = protocol == null ? null : protocol.value();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.recipient = recipient;
        this.recipientKey = Outbox.addressKey(recipient);
        this.subject = singleLine("subject", subject);
        this.body = Objects.requireNonNull(body, "body");
        this.messageId = singleLine("Message-ID", messageId);
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** A new mail about the case, due at once; add threading and headers with the {@code with} methods. */
    public static OutgoingMail queue(ProtocolNumber protocol, MailKind kind, String recipient, String subject,
            String body, String messageId, OffsetDateTime now) {
        return new OutgoingMail(protocol, kind, recipient, subject, body, messageId, now);
    }

    /**
     * A mail about no case, such as the notice that a message was too large to register: it carries no
     * protocol number, so an answer to it opens a new case.
     */
    public static OutgoingMail queueWithoutCase(MailKind kind, String recipient, String subject, String body,
            String messageId, OffsetDateTime now) {
        return new OutgoingMail(null, kind, recipient, subject, body, messageId, now);
    }

    /** Threads this mail under an earlier one (RFC 5322 In-Reply-To and References). */
    public OutgoingMail inReplyTo(String parentMessageId, String references) {
        this.inReplyTo = parentMessageId == null ? null : singleLine("In-Reply-To", parentMessageId);
        this.references = references == null ? null : singleLine("References", references);
        return this;
    }

    /**
     * Adds an HTML rendering of the body: the mail then leaves as multipart/alternative, the text body
     * first. The HTML must already be safe to show (every untrusted string escaped by its writer).
     */
    public OutgoingMail withHtmlAlternative(String html) {
        this.htmlBody = Objects.requireNonNull(html, "html");
        return this;
    }

    /** Adds a header such as {@code Auto-Submitted}; names and values are checked against header injection. */
    public OutgoingMail withHeader(String name, String value) {
        if (!HEADER_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad header name: " + name);
        }
        String line = name + ": " + singleLine(name, value);
        extraHeaders = extraHeaders == null ? line : extraHeaders + "\n" + line;
        return this;
    }

    /**
     * Holds a new mail back until {@code when} (a survey waits a while after the resolution, so that a
     * customer who answers at once can still reopen the case before being asked how it went).
     */
    public OutgoingMail deferUntil(OffsetDateTime when) {
        requirePending();
        if (attempts > 0) {
            throw new IllegalStateException("mail " + messageId + " was already attempted");
        }
        nextAttemptAt = when;
        return this;
    }

    /** Keeps other nodes off this mail while it is being sent; after {@code until} it is due again. */
    public void leaseUntil(OffsetDateTime until) {
        requirePending();
        nextAttemptAt = until;
    }

    /** The mail server accepted the mail. */
    public void markSent(OffsetDateTime now) {
        requirePending();
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** An attempt failed: try again after the policy's backoff, or give up after its last attempt. */
    public void markFailed(String error, OffsetDateTime now, RetryPolicy policy) {
        requirePending();
        attempts++;
        lastError = truncate(error);
        if (policy.isExhausted(attempts)) {
            status = MailStatus.FAILED;
        } else {
            Duration delay = policy.delayAfter(attempts);
            nextAttemptAt = now.plus(delay);
        }
    }

    /** The server refused the mail for good (say, an address that does not exist): no more attempts. */
    public void markRejected(String error, OffsetDateTime now) {
        requirePending();
        attempts++;
        lastError = truncate(error);
        status = MailStatus.FAILED;
        nextAttemptAt = now;
    }

    public boolean isDue(OffsetDateTime now) {
        return status == MailStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    private void requirePending() {
        if (status != MailStatus.PENDING) {
            throw new IllegalStateException("mail " + messageId + " is already " + status);
        }
    }

    private static String singleLine(String what, String value) {
        Objects.requireNonNull(value, what);
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException(what + " must be a single line");
        }
        return value;
    }

    private static String truncate(String error) {
        String text = error == null || error.isBlank() ? "unknown error" : error;
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }

    public Long id() {
        return id;
    }

    /** The case the mail is about, or {@code null} for a mail about no case. */
    public ProtocolNumber protocol() {
        return protocol == null ? null : ProtocolNumber.parse(protocol);
    }

    public MailKind kind() {
        return kind;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    /** The HTML alternative, or null for a text-only mail. */
    public String htmlBody() {
        return htmlBody;
    }

    public String messageId() {
        return messageId;
    }

    public String inReplyTo() {
        return inReplyTo;
    }

    public String references() {
        return references;
    }

    /** The further headers, in the order they were added. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (extraHeaders != null) {
            for (String line : extraHeaders.split("\n")) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        return Collections.unmodifiableMap(headers);
    }

    public MailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public OffsetDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }

    /** For logs: no address in clear. */
    @Override
    public String toString() {
        return "OutgoingMail[" + kind + " for case " + protocol + " to " + EmailAddress.mask(recipient) + ", "
                + messageId + ", " + status + " after " + attempts + " attempts]";
    }
}

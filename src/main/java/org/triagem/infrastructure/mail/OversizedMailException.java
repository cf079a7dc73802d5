package org.triagem.infrastructure.mail;

/**
 * A message larger than {@link MailLimits#maxMessageBytes()}, refused before it is parsed whole. When
 * it was refused from its size on the server, it carries the top-level headers and the sender (read
 * without the body), so that the sender can be told.
 */
public class OversizedMailException extends UnparseableMailException {

    private static final long serialVersionUID = 1L;

    private final long limitBytes;
    private final long sizeBytes;
    private final transient MailHeaders headers;
    private final String sender;
    private final String subject;

    public OversizedMailException(long limitBytes) {
        this(limitBytes, -1, MailHeaders.of(), null, null);
    }

    public OversizedMailException(long limitBytes, long sizeBytes, MailHeaders headers, String sender,
            String subject) {
        super("message " + (sizeBytes < 0 ? "" : "of " + sizeBytes + " bytes ") + "larger than the limit of "
                + limitBytes + " bytes");
        this.limitBytes = limitBytes;
        this.sizeBytes = sizeBytes;
        this.headers = headers;
        this.sender = sender;
        this.subject = subject;
    }

    public long limitBytes() {
        return limitBytes;
    }

    /** The size the server reported, or -1 when unknown. */
    public long sizeBytes() {
        return sizeBytes;
    }

    public MailHeaders headers() {
        return headers == null ? MailHeaders.of() : headers;
    }

    /** The sender's address (From), or {@code null}. */
    public String sender() {
        return sender;
    }

    /** The decoded subject, or {@code null}. */
    public String subject() {
        return subject;
    }
}

package org.triagem.infrastructure.mail;

/** A message larger than {@link MailLimits#maxMessageBytes()}, refused before it is parsed whole. */
public class OversizedMailException extends UnparseableMailException {

    private static final long serialVersionUID = 1L;

    private final long limitBytes;

    public OversizedMailException(long limitBytes) {
        super("message larger than the limit of " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}

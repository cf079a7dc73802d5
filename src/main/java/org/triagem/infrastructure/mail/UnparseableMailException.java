package org.triagem.infrastructure.mail;

/**
 * A message the parser cannot read: malformed headers or structure, an unknown charset, broken
 * transfer encoding, nesting too deep. The only exception {@link MailParser} raises, so one bad
 * message can be set aside without blocking the mailbox.
 */
public class UnparseableMailException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnparseableMailException(String reason) {
        super(reason);
    }

    public UnparseableMailException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

package org.triagem.infrastructure.mail;

/**
 * A message the parser cannot read even leniently: empty, damaged with no text, subject or file left
 * to show, nested too deep, over the size limit. The only exception {@link MailParser} raises, so one
 * bad message can be set aside without blocking the mailbox. Its message is a sentence that quotes
 * nothing of the mail: it is stored as the quarantine reason and logged.
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

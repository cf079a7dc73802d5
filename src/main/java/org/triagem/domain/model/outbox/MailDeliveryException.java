package org.triagem.domain.model.outbox;

/**
 * The mail server did not take a mail. {@code permanent} means retrying cannot help (a malformed or
 * refused address); otherwise the failure is presumed temporary (server down, timeout, 4xx reply).
 */
public class MailDeliveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public MailDeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean isPermanent() {
        return permanent;
    }
}

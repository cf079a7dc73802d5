package org.triagem.infrastructure.webhook;

/** A webhook delivery whose signature does not prove it came from the platform, now. */
public class WebhookRejectedException extends RuntimeException {

    /** Why; told to the sender, since none of it helps an attacker more than the 401 itself. */
    public enum Reason {
        NOT_CONFIGURED("no webhook secret is configured on this server"),
        MISSING_HEADERS("webhook-id, webhook-timestamp and webhook-signature are all required"),
        BAD_TIMESTAMP("webhook-timestamp must be whole seconds since the epoch"),
        STALE("webhook-timestamp is more than 5 minutes away from the server's clock"),
        BAD_SIGNATURE("no v1 signature matches any active secret");

        private final String explanation;

        Reason(String explanation) {
            this.explanation = explanation;
        }

        public String explanation() {
            return explanation;
        }
    }

    private final Reason reason;

    public WebhookRejectedException(Reason reason) {
        super(reason.explanation());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

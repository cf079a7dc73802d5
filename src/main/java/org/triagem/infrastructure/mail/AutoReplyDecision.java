package org.triagem.infrastructure.mail;

import java.util.Objects;

/** Whether an automatic reply may be sent and, if not, why. */
public record AutoReplyDecision(AutoReplyRefusal refusal) {

    private static final AutoReplyDecision ALLOWED = new AutoReplyDecision(null);

    public static AutoReplyDecision allowed() {
        return ALLOWED;
    }

    public static AutoReplyDecision refused(AutoReplyRefusal reason) {
        return new AutoReplyDecision(Objects.requireNonNull(reason, "reason"));
    }

    public boolean isAllowed() {
        return refusal == null;
    }
}

package org.triagem.domain.model.subject;

import java.time.Duration;

/** What the subject asked for, and in how many calendar days the law wants it answered. */
public enum RequestKind {
    /** Decreto 11.034/2022 Art. 12 §1 I: the history of the customer's demands, within 5 calendar days. */
    HISTORY(Duration.ofDays(5)),
    /**
     * LGPD Art. 18 II and Art. 19 II: the full declaration of the data held, within 15 days of the
     * request (the simplified form, Art. 19 I, is "at once": the history request covers it).
     */
    ACCESS(Duration.ofDays(15));

    private final Duration deadline;

    RequestKind(Duration deadline) {
        this.deadline = deadline;
    }

    public Duration deadline() {
        return deadline;
    }
}

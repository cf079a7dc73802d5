package org.triagem.domain.model.outbox;

import java.time.Duration;

/**
 * How long to wait after a failed attempt: {@code initialDelay}, doubling after every failure up to
 * {@code maxDelay}; after {@code maxAttempts} failures the mail is given up.
 */
public record RetryPolicy(Duration initialDelay, Duration maxDelay, int maxAttempts) {

    /** 1 min, 2, 4, ... capped at 1 h; FAILED after 10 attempts (about 5 h of outage in all). */
    public static RetryPolicy standard() {
        return new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 10);
    }

    public RetryPolicy {
        if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("need 0 < initialDelay <= maxDelay");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The wait before the next attempt, after {@code failedAttempts} failures (1 or more). */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = initialDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    public boolean isExhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}

package org.triagem.infrastructure.mail;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.triagem.domain.model.outbox.Outbox;

/**
 * At most N automatic replies per address per calendar day (in the clock's zone), the last guard
 * against a loop with a responder that ignores RFC 3834. The count comes from a port, so the policy
 * itself holds no state.
 */
public final class DailyAutoReplyLimit {

    public static final int DEFAULT_MAX_PER_DAY = 10;

    private final AutoReplyCounter counter;
    private final int maxPerDay;
    private final Clock clock;

    public DailyAutoReplyLimit(AutoReplyCounter counter, Clock clock) {
        this(counter, DEFAULT_MAX_PER_DAY, clock);
    }

    public DailyAutoReplyLimit(AutoReplyCounter counter, int maxPerDay, Clock clock) {
        if (maxPerDay < 0) {
            throw new IllegalArgumentException("maxPerDay must not be negative");
        }
        this.counter = Objects.requireNonNull(counter, "counter");
        this.maxPerDay = maxPerDay;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public AutoReplyDecision check(String address) {
        if (address == null || address.isBlank()) {
            return AutoReplyDecision.refused(AutoReplyRefusal.NO_SENDER);
        }
        String key = Outbox.addressKey(address);
        return counter.repliesSentTo(key, LocalDate.now(clock)) < maxPerDay
                ? AutoReplyDecision.allowed()
                : AutoReplyDecision.refused(AutoReplyRefusal.DAILY_LIMIT_REACHED);
    }

    public int maxPerDay() {
        return maxPerDay;
    }
}

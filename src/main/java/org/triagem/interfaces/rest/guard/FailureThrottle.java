package org.triagem.interfaces.rest.guard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts failed attempts per key (a protocol number, a user name, a client address) and locks a key
 * out once it has failed too often: the first lockout is short and each further failure doubles it,
 * up to a ceiling, so a person who mistypes waits seconds and a guessing loop waits for ever. A key
 * that has been quiet long enough is forgotten.
 *
 * <p>Each node counts on its own (no cluster protocol): with N nodes behind a balancer a guesser gets
 * at most N times the budget, which still bounds guessing to a handful of tries a minute.
 */
public final class FailureThrottle {

    /** Keys kept at most; past it, the forgotten ones are dropped first (a flood of fresh keys). */
    private static final int MAX_KEYS = 100_000;

    private final Policy policy;
    private final Clock clock;
    private final ConcurrentMap<String, Failures> byKey = new ConcurrentHashMap<>();

    /**
     * @param lockoutAfter the failure that locks the key out for the first time (5: four are free)
     * @param firstLockout the first lockout; each further failure doubles it
     * @param maxLockout   the longest lockout
     * @param forgetAfter  a key with no failure for this long starts afresh
     */
    public record Policy(int lockoutAfter, Duration firstLockout, Duration maxLockout, Duration forgetAfter) {
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    public FailureThrottle(Policy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** How long the key is still locked out, or empty when it may try. */
    public Optional<Duration> lockedFor(String key) {
        Failures f = byKey.get(key);
        Instant now = clock.instant();
        if (f == null || f.lockedUntil() == null || !f.lockedUntil().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, f.lockedUntil()));
    }

    /** Records a failure; past the free ones it locks the key out, each time for twice as long. */
    public void failed(String key) {
        Instant now = clock.instant();
        byKey.compute(key, (k, f) -> {
            int count = (f == null || forgotten(f, now) ? 0 : f.count()) + 1;
            int excess = count - policy.lockoutAfter() + 1;
            Instant lockedUntil = excess <= 0 ? null : now.plus(lockout(excess));
            return new Failures(count, now, lockedUntil);
        });
        if (byKey.size() > MAX_KEYS) {
            byKey.values().removeIf(f -> forgotten(f, now));
        }
    }

    /** A success clears the key's failures (the right password after a typo). */
    public void succeeded(String key) {
        byKey.remove(key);
    }

    private Duration lockout(int excess) {
        Duration d = policy.firstLockout();
        for (int i = 1; i < excess && d.compareTo(policy.maxLockout()) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(policy.maxLockout()) > 0 ? policy.maxLockout() : d;
    }

    private boolean forgotten(Failures f, Instant now) {
        Instant until = f.lockedUntil() == null ? f.last() : f.lockedUntil();
        return until.plus(policy.forgetAfter()).isBefore(now);
    }
}

package org.triagem.it.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still where the test set it, so that two steps of a test are exactly the minutes
 * apart the test says, however long the server took between them. Until a test sets it, it follows the
 * system clock (start-up, the rules' first build). The instant is held statically: every bean that
 * injected a {@link Clock} holds its own instance, and all of them must read the one time the test set.
 */
public final class SettableClock extends Clock {

    private static final AtomicReference<Instant> STANDING_AT = new AtomicReference<>();

    private final ZoneId zone;

    SettableClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Stops the clock at {@code instant}, for every bean of this deployment. */
    static void standAt(Instant instant) {
        STANDING_AT.set(instant);
    }

    @Override
    public Instant instant() {
        Instant set = STANDING_AT.get();
        return set == null ? Instant.now() : set;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new SettableClock(other);
    }
}

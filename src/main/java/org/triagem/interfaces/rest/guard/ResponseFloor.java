package org.triagem.interfaces.rest.guard;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Makes an answer take at least a fixed time from when the request began, so that how long it took
 * does not tell a hit from a miss (a case found, a user that exists). The floor is set above the
 * slowest honest path (a password hash, a case read), so both paths end at the same moment.
 */
public final class ResponseFloor {

    private final long floorNanos;

    public ResponseFloor(Duration floor) {
        this.floorNanos = floor.toNanos();
    }

    /** Waits out what is left of the floor since {@code startNanos} (a {@link System#nanoTime()}). */
    public void padFrom(long startNanos) {
        long left = floorNanos - (System.nanoTime() - startNanos);
        if (left > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

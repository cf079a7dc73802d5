package org.triagem.interfaces.rest.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FailureThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final FailureThrottle throttle = new FailureThrottle(
            new FailureThrottle.Policy(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(30)), clock);

    @Test
    void aFewTyposAreFree() {
        fail("protocol:1", 4);
        assertThat(throttle.lockedFor("protocol:1")).isEmpty();
    }

    @Test
    void theFifthFailureLocksTheKeyOutForThirtySeconds() {
        fail("protocol:1", 5);
        assertThat(throttle.lockedFor("protocol:1")).hasValue(Duration.ofSeconds(30));
        assertThat(throttle.lockedFor("protocol:2")).as("other keys are untouched").isEmpty();
    }

    @Test
    void eachFurtherFailureDoublesTheLockoutUpToTheCeiling() {
        fail("user:x", 6);
        assertThat(throttle.lockedFor("user:x")).hasValue(Duration.ofSeconds(60));
        fail("user:x", 10);
        assertThat(throttle.lockedFor("user:x")).hasValue(Duration.ofMinutes(15));
    }

    @Test
    void theLockoutEndsAndAQuietKeyIsForgotten() {
        fail("user:x", 5);
        clock.advance(Duration.ofSeconds(31));
        assertThat(throttle.lockedFor("user:x")).isEmpty();
        throttle.failed("user:x");
        assertThat(throttle.lockedFor("user:x")).as("still counted: locked again at once").isPresent();

        clock.advance(Duration.ofHours(1));
        throttle.failed("user:x");
        assertThat(throttle.lockedFor("user:x")).as("forgotten after a quiet hour: one failure is free").isEmpty();
    }

    @Test
    void aSuccessClearsTheCount() {
        fail("user:x", 4);
        throttle.succeeded("user:x");
        fail("user:x", 4);
        assertThat(throttle.lockedFor("user:x")).isEmpty();
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUp() {
        assertThat(new TooManyAttemptsException(Duration.ofMillis(29_001)).retryAfterSeconds()).isEqualTo(30);
        assertThat(new TooManyAttemptsException(Duration.ofMillis(1)).retryAfterSeconds()).isEqualTo(1);
    }

    private void fail(String key, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(key);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}

package org.triagem.interfaces.rest.guard;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessGuardTest {

    private final AccessGuard guard = new AccessGuard();

    @BeforeEach
    void configure() {
        guard.clock = Clock.systemUTC();
        guard.lockoutAfter = 5;
        guard.addressLockoutAfter = 30;
        guard.firstLockoutSeconds = 30;
        guard.maxLockoutSeconds = 900;
        guard.floorMillis = 0;
        guard.init();
    }

    @Test
    void oneAddressWalkingManyProtocolsIsLockedOutOfAllOfThem() {
        for (int p = 0; p < 30; p++) {
            guard.caseLookup().failed("2026000000" + p, "203.0.113.7");
        }
        assertThatThrownBy(() -> guard.caseLookup().admit("20260000000999", "203.0.113.7"))
                .isInstanceOf(TooManyAttemptsException.class);
        assertThatCode(() -> guard.caseLookup().admit("20260000000999", "198.51.100.1")).doesNotThrowAnyException();
    }

    @Test
    void aHitDoesNotResetTheAddressCount() {
        for (int p = 0; p < 29; p++) {
            guard.caseLookup().failed("2026000000" + p, "203.0.113.7");
            guard.caseLookup().succeeded("20260000000014");
        }
        guard.caseLookup().failed("20260000000777", "203.0.113.7");
        assertThatThrownBy(() -> guard.caseLookup().admit("20260000000014", "203.0.113.7"))
                .isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void oneAddressSprayingUserNamesIsLockedOutOfSignIn() {
        for (int u = 0; u < 30; u++) {
            guard.signIn().failed("user" + u, "203.0.113.7");
        }
        assertThatThrownBy(() -> guard.signIn().admit("fabio", "203.0.113.7")).isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void userNamesAreCountedWhateverTheirCaseAndSpaces() {
        for (int i = 0; i < 5; i++) {
            guard.signIn().failed(i % 2 == 0 ? " Fabio " : "fabio", "198.51.100." + i);
        }
        assertThatThrownBy(() -> guard.signIn().admit("FABIO", "192.0.2.1")).isInstanceOf(TooManyAttemptsException.class);
    }
}

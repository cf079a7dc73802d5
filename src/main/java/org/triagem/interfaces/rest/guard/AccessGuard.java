package org.triagem.interfaces.rest.guard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two doors anyone can knock on without an account: the customer's case lookup (protocol plus
 * email or CPF) and the staff sign-in. Each failure counts against the thing guessed at (the protocol,
 * the user name) and against the client address; either one locked out refuses the attempt, even the
 * right one, until the lockout ends. Both doors answer no sooner than a fixed floor, hit or miss.
 */
@ApplicationScoped
public class AccessGuard {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "triagem.guard.lockout-after", defaultValue = "5")
    int lockoutAfter;

    @Inject
    @ConfigProperty(name = "triagem.guard.address.lockout-after", defaultValue = "30")
    int addressLockoutAfter;

    @Inject
    @ConfigProperty(name = "triagem.guard.lockout.first-seconds", defaultValue = "30")
    long firstLockoutSeconds;

    @Inject
    @ConfigProperty(name = "triagem.guard.lockout.max-seconds", defaultValue = "900")
    long maxLockoutSeconds;

    @Inject
    @ConfigProperty(name = "triagem.guard.response-floor-millis", defaultValue = "200")
    long floorMillis;

    private FailureThrottle perSubject;
    private FailureThrottle perAddress;
    private ResponseFloor floor;
    private final Door caseLookup = new Door("protocol");
    private final Door signIn = new Door("user");

    @PostConstruct
    void init() {
        Duration first = Duration.ofSeconds(firstLockoutSeconds);
        Duration max = Duration.ofSeconds(maxLockoutSeconds);
        Duration forget = max.multipliedBy(2);
        perSubject = new FailureThrottle(new FailureThrottle.Policy(lockoutAfter, first, max, forget), clock);
        perAddress = new FailureThrottle(new FailureThrottle.Policy(addressLockoutAfter, first, max, forget), clock);
        floor = new ResponseFloor(Duration.ofMillis(floorMillis));
    }

    /** The customer's case lookup: the subject is the protocol number. */
    public Door caseLookup() {
        return caseLookup;
    }

    /** The staff sign-in: the subject is the user name, in any letter case. */
    public Door signIn() {
        return signIn;
    }

    /** Waits until the answer is no faster than the floor, whatever it is. */
    public void padFrom(long startNanos) {
        floor.padFrom(startNanos);
    }

    /**
     * One door: failures count against the subject and the address; either locked refuses the attempt.
     * A success clears the subject's count, never the address's: a known case or one's own password
     * must not reset a guesser.
     */
    public final class Door {

        private final String kind;

        private Door(String kind) {
            this.kind = kind;
        }

        /** Throws {@link TooManyAttemptsException} while the subject or the address is locked out. */
        public void admit(String subject, String address) {
            Duration locked = perSubject.lockedFor(key(subject)).orElse(Duration.ZERO);
            Duration addressLocked = perAddress.lockedFor(address).orElse(Duration.ZERO);
            Duration longest = locked.compareTo(addressLocked) >= 0 ? locked : addressLocked;
            if (!longest.isZero()) {
                throw new TooManyAttemptsException(longest);
            }
        }

        public void failed(String subject, String address) {
            perSubject.failed(key(subject));
            perAddress.failed(address);
        }

        public void succeeded(String subject) {
            perSubject.succeeded(key(subject));
        }

        private String key(String subject) {
            return kind + ":" + subject.strip().toLowerCase(Locale.ROOT);
        }
    }
}

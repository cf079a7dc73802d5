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

    @PostConstruct
    void init() {
        Duration first = Duration.ofSeconds(firstLockoutSeconds);
        Duration max = Duration.ofSeconds(maxLockoutSeconds);
        Duration forget = max.multipliedBy(2);
        perSubject = new FailureThrottle(new FailureThrottle.Policy(lockoutAfter, first, max, forget), clock);
        perAddress = new FailureThrottle(new FailureThrottle.Policy(addressLockoutAfter, first, max, forget), clock);
        floor = new ResponseFloor(Duration.ofMillis(floorMillis));
    }

    /** Throws when the protocol or the address is locked out of the case lookup. */
    public void admitLookup(String protocol, String address) {
        admit(lookupKey(protocol), address);
    }

    public void lookupMissed(String protocol, String address) {
        perSubject.failed(lookupKey(protocol));
        perAddress.failed(address);
    }

    /** A hit clears the protocol's count, never the address's: a known case must not reset a guesser. */
    public void lookupHit(String protocol) {
        perSubject.succeeded(lookupKey(protocol));
    }

    /** Throws when the user name or the address is locked out of signing in. */
    public void admitSignIn(String username, String address) {
        admit(signInKey(username), address);
    }

    public void signInFailed(String username, String address) {
        perSubject.failed(signInKey(username));
        perAddress.failed(address);
    }

    public void signedIn(String username) {
        perSubject.succeeded(signInKey(username));
    }

    /** Waits until the answer is no faster than the floor, whatever it is. */
    public void padFrom(long startNanos) {
        floor.padFrom(startNanos);
    }

    private void admit(String subjectKey, String address) {
        Duration locked = perSubject.lockedFor(subjectKey).orElse(Duration.ZERO);
        Duration addressLocked = perAddress.lockedFor(address).orElse(Duration.ZERO);
        Duration longest = locked.compareTo(addressLocked) >= 0 ? locked : addressLocked;
        if (!longest.isZero()) {
            throw new TooManyAttemptsException(longest);
        }
    }

    private static String lookupKey(String protocol) {
        return "protocol:" + protocol;
    }

    private static String signInKey(String username) {
        return "user:" + username.strip().toLowerCase(Locale.ROOT);
    }
}

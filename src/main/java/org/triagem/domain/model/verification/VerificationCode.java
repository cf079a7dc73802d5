package org.triagem.domain.model.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Six characters that prove a case is the customer's, drawn at random from an alphabet without the
 * characters people confuse on paper or over the phone (0 and O, 1, I and L): 31^6, some 887 million
 * codes, against five tries per protocol before the lookup locks (AccessGuard). What a person types is
 * read leniently: any letter case, spaces and dashes ignored ("k7m-q2x" is K7MQ2X).
 *
 * <p>The code is a secret: {@link #toString()} never shows it, so that a receipt or an answer that
 * ends up in a log does not carry it. Only {@link #value()} does, for the receipt itself.
 */
public final class VerificationCode {

    public static final int LENGTH = 6;
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private final String value;

    private VerificationCode(String value) {
        this.value = value;
    }

    /** A new code; {@code random} must be a {@link java.security.SecureRandom} outside tests. */
    public static VerificationCode issue(RandomGenerator random) {
        char[] chars = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new VerificationCode(new String(chars));
    }

    /** The code a person typed, or empty when it cannot be one (an e-mail address, a CPF, a typo). */
    public static Optional<VerificationCode> read(String typed) {
        if (typed == null || typed.length() > 3 * LENGTH) {
            return Optional.empty();
        }
        String canonical = typed.replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT);
        if (canonical.length() != LENGTH || !canonical.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new VerificationCode(canonical));
    }

    /** The code as stored (six characters from the alphabet); throws for anything else. */
    public static VerificationCode of(String stored) {
        return read(stored).filter(c -> c.value.equals(stored))
                .orElseThrow(() -> new IllegalArgumentException("not a stored verification code"));
    }

    /** The six characters, for the receipt that shows them to the customer. */
    public String value() {
        return value;
    }

    /** Whether the other code is this one; compared in constant time. */
    public boolean matches(VerificationCode other) {
        return other != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                other.value.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerificationCode other && matches(other);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Never the code itself: receipts and answers are records whose text may reach a log. */
    @Override
    public String toString() {
        return "VerificationCode[******]";
    }
}

package org.triagem.domain.model.complaint;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number a consumer receives at the start of every contact (Decreto 11.034/2022, art. 5) and uses
 * to follow the demand on every channel.
 *
 * <p>Format: 14 digits, {@code YYYY SSSSSSSSS D}: the four-digit year of issue, a nine-digit
 * zero-padded sequence drawn from the database (unique across all nodes), and one Luhn check digit
 * computed over the first 13 digits. The check digit lets an attendant or a web form reject a
 * mistyped number before looking it up. Example: {@code 20260000000018}.
 */
public final class ProtocolNumber {

    public static final int LENGTH = 14;
    private static final long MAX_SEQUENCE = 999_999_999L;
    private static final Pattern DIGITS = Pattern.compile("\\d{" + LENGTH + "}");

    private final String value;

    private ProtocolNumber(String value) {
        this.value = value;
    }

    /** Issues the protocol number for the given year and database sequence value. */
    public static ProtocolNumber issue(int year, long sequence) {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        String body = String.format("%04d%09d", year, sequence);
        return new ProtocolNumber(body + luhnCheckDigit(body));
    }

    /**
     * Reads a protocol number typed or spoken by a person: spaces, dots and dashes are ignored.
     *
     * @throws InvalidProtocolNumberException if it is not 14 digits or its check digit is wrong
     */
    public static ProtocolNumber parse(String text) {
        if (text == null) {
            throw new InvalidProtocolNumberException(InvalidProtocolNumberException.Reason.MISSING,
                    "missing protocol number");
        }
        String digits = text.replaceAll("[\\s.\\-]", "");
        if (!DIGITS.matcher(digits).matches()) {
            throw new InvalidProtocolNumberException(InvalidProtocolNumberException.Reason.LENGTH,
                    "a protocol number has " + LENGTH + " digits");
        }
        String body = digits.substring(0, LENGTH - 1);
        if (luhnCheckDigit(body) != digits.charAt(LENGTH - 1)) {
            throw new InvalidProtocolNumberException(InvalidProtocolNumberException.Reason.CHECK_DIGIT,
                    "the check digit of the protocol number is wrong");
        }
        return new ProtocolNumber(digits);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidProtocolNumberException e) {
            return false;
        }
    }

    static char luhnCheckDigit(String body) {
        int sum = 0;
        boolean doubleIt = true; // the rightmost body digit is doubled, as the check digit follows it
        for (int i = body.length() - 1; i >= 0; i--) {
            int d = body.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    public int year() {
        return Integer.parseInt(value.substring(0, 4));
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProtocolNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.triagem.domain.model.complaint;

import java.util.Objects;

/**
 * A CPF, the Brazilian personal taxpayer number: 11 digits, the last two being check digits
 * (modulo 11, weights 10..2 and 11..2). Numbers made of one repeated digit pass the arithmetic
 * but are not issued, so they are rejected too. Personal data under the LGPD: log only {@link #masked()}.
 */
public final class Cpf {

    private final String digits;

    private Cpf(String digits) {
        this.digits = digits;
    }

    /** Accepts {@code 000.000.000-00} or 11 bare digits. */
    public static Cpf parse(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("invalid CPF");
        }
        return new Cpf(text.replaceAll("[.\\-\\s]", ""));
    }

    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String d = text.replaceAll("[.\\-\\s]", "");
        if (!d.matches("\\d{11}") || d.chars().distinct().count() == 1) {
            return false;
        }
        return checkDigit(d, 9) == d.charAt(9) - '0' && checkDigit(d, 10) == d.charAt(10) - '0';
    }

    private static int checkDigit(String d, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += (d.charAt(i) - '0') * (length + 1 - i);
        }
        int rest = (sum * 10) % 11;
        return rest == 10 ? 0 : rest;
    }

    public String digits() {
        return digits;
    }

    /** {@code ***.456.789-**}: enough for an attendant to confirm, useless to anyone else. */
    public String masked() {
        return "***." + digits.substring(3, 6) + "." + digits.substring(6, 9) + "-**";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cpf other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    @Override
    public String toString() {
        return masked();
    }
}

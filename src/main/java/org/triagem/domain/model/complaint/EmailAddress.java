package org.triagem.domain.model.complaint;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address as consumers type it: local part, {@code @}, and a domain with at least one dot.
 * Deliberately stricter than RFC 5322 (no quoted local parts, no IP literals), because an address we
 * cannot reply to is worse than a form that asks again.
 */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private EmailAddress() {
    }

    public static boolean isValid(String text) {
        return text != null && text.length() <= 254 && SHAPE.matcher(text).matches()
                && !text.contains("..");
    }

    /** Domains are case-insensitive; keeping them lower-case lets repeat contacts match. */
    public static String normalise(String text) {
        int at = text.lastIndexOf('@');
        return text.substring(0, at) + text.substring(at).toLowerCase(Locale.ROOT);
    }

    /** {@code m***@example.com}: the domain stays, the mailbox does not. */
    public static String mask(String address) {
        if (address == null || address.isBlank()) {
            return address;
        }
        int at = address.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }
}

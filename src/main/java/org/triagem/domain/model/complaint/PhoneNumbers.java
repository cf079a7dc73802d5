package org.triagem.domain.model.complaint;

import java.util.Optional;

/** Helpers for the phone numbers consumers give or callers present. */
public final class PhoneNumbers {

    private static final String BRAZIL = "55";

    private PhoneNumbers() {
    }

    /** Keeps the last four digits only: {@code ******4321}. */
    public static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() <= 4) {
            return "****";
        }
        return "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
    }

    /**
     * The number in E.164 ({@code +5511987654321}), read the ways Brazilian phone systems present it:
     * {@code +55 11 98765-4321}, {@code 0055...}, {@code 55...}, with the national trunk prefix and
     * a carrier code ({@code 0 15 11 98765-4321}, {@code 011 98765-4321}), or just area code and
     * number ({@code (11) 98765-4321}). A number with a leading {@code +} is kept in its own country.
     *
     * @return empty when the text is not a phone number we can place
     */
    public static Optional<String> toE164(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = raw.strip();
        if (!text.matches("\\+?[0-9 ().\\-]+")) {
            return Optional.empty();
        }
        String digits = text.replaceAll("\\D", "");
        if (text.startsWith("+")) {
            return international(digits);
        }
        if (digits.startsWith("00")) {
            return international(digits.substring(2));
        }
        if (digits.startsWith("0")) {
            // trunk prefix 0, optionally followed by a two-digit carrier code before the area code
            String national = digits.length() >= 13 ? digits.substring(3) : digits.substring(1);
            return brazilian(national);
        }
        if (digits.startsWith(BRAZIL) && (digits.length() == 12 || digits.length() == 13)) {
            return brazilian(digits.substring(2));
        }
        return brazilian(digits);
    }

    /** The E.164 form when the text is a phone number, the text as given otherwise (free-text forms). */
    public static String normaliseLeniently(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return toE164(raw).orElse(raw.strip());
    }

    private static Optional<String> international(String digits) {
        if (digits.startsWith(BRAZIL)) {
            return brazilian(digits.substring(2));
        }
        // E.164: at most 15 digits including the country code
        return digits.length() >= 8 && digits.length() <= 15 && digits.charAt(0) != '0'
                ? Optional.of("+" + digits) : Optional.empty();
    }

    /** Area code (11-99) and a number of 8 digits (landline) or 9 starting with 9 (mobile). */
    private static Optional<String> brazilian(String national) {
        boolean areaOk = national.length() >= 2 && national.charAt(0) != '0' && national.charAt(1) != '0';
        boolean landline = national.length() == 10 && national.charAt(2) >= '2' && national.charAt(2) <= '5';
        boolean mobile = national.length() == 11 && national.charAt(2) == '9';
        return areaOk && (landline || mobile) ? Optional.of("+" + BRAZIL + national) : Optional.empty();
    }
}

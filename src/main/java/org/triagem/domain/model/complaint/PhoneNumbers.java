package org.triagem.domain.model.complaint;

/** Helpers for the phone numbers consumers give or callers present. */
public final class PhoneNumbers {

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

    /** A plausible phone number: 8 to 15 digits once punctuation is removed (E.164 allows 15). */
    public static boolean isPlausible(String phone) {
        if (phone == null) {
            return false;
        }
        String stripped = phone.replaceAll("[\\s().+\\-]", "");
        return stripped.matches("\\d{8,15}");
    }
}

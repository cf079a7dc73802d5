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
}

package org.triagem.domain.model.complaint;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The customer's contact data on a case (name, e-mail, phone), corrected at the data subject's request
 * (LGPD Art. 18 III). Every correction is a {@code CONTACT_CORRECTED} event in the case's history: who,
 * when, why, and the values before and after, masked. Reached through {@link Case#contact()}; a view made
 * for one change, writing through the case's first contact and history.
 */
public final class CaseContact {

    /** A correction must say why: the audit is worth little without it. */
    public static final int MAX_REASON = 500;

    private final Case owner;

    CaseContact(Case owner) {
        this.owner = owner;
    }

    /**
     * Replaces name, e-mail and phone with the corrected ones (a blank value clears it); the CPF is not
     * contact data and stays.
     *
     * @return whether anything changed; an unchanged contact records nothing
     * @throws InvalidCaseRequestException if there is no reason, or the e-mail address is not one
     */
    public boolean correct(String name, String email, String phone, String actor, String reason,
            OffsetDateTime now) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new InvalidCaseRequestException(InvalidCaseRequestException.Reason.CORRECTION_REASON_REQUIRED);
        }
        if (email != null && !email.isBlank() && !EmailAddress.isValid(email.strip())) {
            throw new InvalidCaseRequestException(InvalidCaseRequestException.Reason.CORRECTION_EMAIL_INVALID);
        }
        Customer before = owner.firstContact().customer();
        Customer corrected = new Customer(name, email, phone, before.cpf());
        if (Objects.equals(before.name(), corrected.name()) && Objects.equals(before.email(), corrected.email())
                && Objects.equals(before.phone(), corrected.phone())) {
            return false;
        }
        Customer after = owner.firstContact().correctCustomer(corrected.name(), corrected.email(), corrected.phone());
        owner.log().record(now, actor, CaseEvent.Type.CONTACT_CORRECTED, owner.status(), owner.status(),
                EventDetail.of("contact data corrected: " + reason.strip())
                        .with("nameBefore", maskName(before.name())).with("nameAfter", maskName(after.name()))
                        .with("emailBefore", EmailAddress.mask(before.email()))
                        .with("emailAfter", EmailAddress.mask(after.email()))
                        .with("phoneBefore", PhoneNumbers.mask(before.phone()))
                        .with("phoneAfter", PhoneNumbers.mask(after.phone())).with("reason", reason.strip()));
        return true;
    }

    /** {@code M*** S***}: the initials only, like the other masks keep a hint and no more. */
    static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        StringBuilder masked = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            masked.append(masked.length() == 0 ? "" : " ").append(part.charAt(0)).append("***");
        }
        return masked.toString();
    }
}

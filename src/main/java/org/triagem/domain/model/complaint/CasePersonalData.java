package org.triagem.domain.model.complaint;

import java.time.OffsetDateTime;

/**
 * The customer's identifiers on one case as staff meet them: masked, unless a staff member says why they
 * need one in full. Reached through {@link Case#personalData()}; writes through the case's history, which
 * is the audit the data protection officer reads (who, when, which field, why).
 */
public final class CasePersonalData {

    /** A reason to unmask must say something: "cliente" is not one. */
    public static final int MIN_REASON = 10;

    private final Case owner;

    CasePersonalData(Case owner) {
        this.owner = owner;
    }

    /**
     * Shows one identifier in full and records that it was shown, by whom and why.
     *
     * @throws InvalidCaseRequestException without a reason of at least {@value #MIN_REASON} characters, or
     *     when the customer left no such identifier
     */
    public String reveal(PersonalField field, String actor, String reason, OffsetDateTime now) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON) {
            throw new InvalidCaseRequestException(InvalidCaseRequestException.Reason.UNMASK_REASON_REQUIRED,
                    field.slug(), MIN_REASON);
        }
        String value = field.valueIn(owner.firstContact().customer());
        if (value == null) {
            throw new InvalidCaseRequestException(InvalidCaseRequestException.Reason.NOTHING_TO_UNMASK, field.slug());
        }
        owner.log().record(now, actor, CaseEvent.Type.PERSONAL_DATA_UNMASKED, owner.status(), owner.status(),
                EventDetail.of("showed the customer's " + field.slug() + " in full: " + why)
                        .with("field", field.slug()).with("reason", why));
        return value;
    }
}

package org.triagem.domain.model.complaint;

import java.util.Locale;
import java.util.Optional;

/**
 * The customer's identifiers that staff see masked. One of them can be shown in full on one case, for a
 * reason the case's history keeps ({@link Case#reveal}): the LGPD's need to know (Art. 6, III) with
 * accountability (Art. 6, X), instead of everyone seeing everything or nobody being able to call back.
 */
public enum PersonalField {
    EMAIL {
        @Override
        String valueIn(Customer customer) {
            return customer.email();
        }
    },
    PHONE {
        @Override
        String valueIn(Customer customer) {
            return customer.phone();
        }
    },
    CPF {
        @Override
        String valueIn(Customer customer) {
            String digits = customer.cpf();
            return digits == null || digits.length() != 11 ? digits
                    : digits.substring(0, 3) + "." + digits.substring(3, 6) + "." + digits.substring(6, 9) + "-"
                            + digits.substring(9);
        }
    };

    abstract String valueIn(Customer customer);

    /** The lower-case name used in addresses and in the history: {@code email}, {@code phone}, {@code cpf}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PersonalField> fromSlug(String slug) {
        for (PersonalField field : values()) {
            if (field.slug().equalsIgnoreCase(slug == null ? "" : slug.strip())) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}

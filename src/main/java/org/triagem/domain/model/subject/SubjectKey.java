package org.triagem.domain.model.subject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.triagem.domain.model.complaint.Cpf;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.EmailAddress;
import org.triagem.domain.model.complaint.PhoneNumbers;

/**
 * One identifier of a data subject (a CPF, an e-mail address or a phone number) normalised as intake
 * normalises the customer's ({@link Customer}), so that the subject found is the one the cases hold.
 * It is shown only {@link #masked()} and stored only as its {@link #hash()}.
 */
public record SubjectKey(Type type, String value) {

    /** The kinds of identifier a subject is found by. */
    public enum Type {
        CPF,
        EMAIL,
        PHONE,
        /** An anonymous customer, known only by the protocol they verified with: not personal data. */
        PROTOCOL
    }

    public SubjectKey {
        if (type == null || value == null || value.isBlank()) {
            throw new IllegalArgumentException("a subject key needs a type and a value");
        }
    }

    /**
     * Reads what a DPO typed: an address with {@code @} is an e-mail, a valid CPF (with or without its dots
     * and dash) a CPF, anything a phone system could dial a phone number in E.164.
     *
     * @return empty when it is none of these
     */
    public static Optional<SubjectKey> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String given = text.strip();
        if (given.contains("@")) {
            return EmailAddress.isValid(given)
                    ? Optional.of(new SubjectKey(Type.EMAIL, given.toLowerCase(Locale.ROOT))) : Optional.empty();
        }
        if (Cpf.isValid(given)) {
            return Optional.of(new SubjectKey(Type.CPF, Cpf.parse(given).digits()));
        }
        return PhoneNumbers.toE164(given).map(phone -> new SubjectKey(Type.PHONE, phone));
    }

    /** The strongest identifier the customer of a case gave: CPF, then e-mail, then phone. */
    public static Optional<SubjectKey> of(Customer customer) {
        if (customer.cpf() != null) {
            return Optional.of(new SubjectKey(Type.CPF, customer.cpf()));
        }
        if (customer.email() != null) {
            return Optional.of(new SubjectKey(Type.EMAIL, customer.email().toLowerCase(Locale.ROOT)));
        }
        return Optional.ofNullable(customer.phone()).map(phone -> new SubjectKey(Type.PHONE, phone));
    }

    /** {@code CPF ***.456.789-**}, {@code EMAIL m***@example.com}, {@code PHONE *********4321}. */
    public String masked() {
        String shown = switch (type) {
            case CPF -> Cpf.parse(value).masked();
            case EMAIL -> EmailAddress.mask(value);
            case PHONE -> PhoneNumbers.mask(value);
            case PROTOCOL -> value;
        };
        return type + " " + shown;
    }

    /**
     * SHA-256 of type and value, hex: finds one subject's requests and audit lines without keeping the
     * identifier in clear. Not a secret: a CPF's space is small enough to enumerate, so the hash is
     * pseudonymisation (LGPD Art. 13 §4), not anonymisation.
     */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((type + ":" + value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Never the value in clear: records print into logs. */
    @Override
    public String toString() {
        return masked();
    }
}

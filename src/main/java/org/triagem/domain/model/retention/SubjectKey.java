package org.triagem.domain.model.retention;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.triagem.domain.model.complaint.Cpf;
import org.triagem.domain.model.complaint.EmailAddress;
import org.triagem.domain.model.complaint.PhoneNumbers;

/**
 * The one value a data subject is found by, normalised the way intake stores it (CPF digits, e-mail with a
 * lower-case domain, phone in E.164), so that a request typed as {@code 123.456.789-09} or
 * {@code (11) 98765-4321} finds the cases. It is personal data: audits and holds keep its {@link #hash()}
 * and its {@link #masked()} form, never the value; {@link #toString()} is masked too.
 */
public record SubjectKey(Kind kind, String value) {

    /** How the subject was named. */
    public enum Kind {
        CPF,
        EMAIL,
        PHONE
    }

    public SubjectKey {
        if (kind == null || value == null || value.isBlank()) {
            throw new IllegalArgumentException("a subject is named by a CPF, an e-mail or a phone");
        }
    }

    /** The key from what a DPO typed; throws {@link IllegalArgumentException} when it is none of the three. */
    public static SubjectKey of(String cpf, String email, String phone) {
        int given = (blank(cpf) ? 0 : 1) + (blank(email) ? 0 : 1) + (blank(phone) ? 0 : 1);
        if (given != 1) {
            throw new IllegalArgumentException("name the subject by exactly one of cpf, email, phone");
        }
        if (!blank(cpf)) {
            return new SubjectKey(Kind.CPF, Cpf.parse(cpf.strip()).digits());
        }
        if (!blank(email)) {
            if (!EmailAddress.isValid(email.strip())) {
                throw new IllegalArgumentException("not an e-mail address");
            }
            return new SubjectKey(Kind.EMAIL, EmailAddress.normalise(email.strip()));
        }
        return new SubjectKey(Kind.PHONE, PhoneNumbers.toE164(phone)
                .orElseThrow(() -> new IllegalArgumentException("not a phone number")));
    }

    /** The SHA-256 of kind and value: the same subject gives the same hash, holds and audits match on it. */
    public String hash() {
        return hashOf(kind, value);
    }

    /** The hash of a value as intake stored it (null for none), to match a case's contact data against holds. */
    public static String hashOf(Kind kind, String storedValue) {
        if (storedValue == null || storedValue.isBlank()) {
            return null;
        }
        String key = kind == Kind.EMAIL ? storedValue.toLowerCase(Locale.ROOT) : storedValue;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((kind.name() + ":" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** As the masking shows it to staff: {@code ***.456.789-**}, {@code m***@example.com}, {@code *********4321}. */
    public String masked() {
        return switch (kind) {
            case CPF -> Cpf.parse(value).masked();
            case EMAIL -> EmailAddress.mask(value);
            case PHONE -> PhoneNumbers.mask(value);
        };
    }

    @Override
    public String toString() {
        return kind + " " + masked();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

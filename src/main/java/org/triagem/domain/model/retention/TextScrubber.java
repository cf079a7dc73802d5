package org.triagem.domain.model.retention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triagem.domain.model.complaint.Cpf;
import org.triagem.domain.model.complaint.EmailAddress;
import org.triagem.domain.model.complaint.PhoneNumbers;

/**
 * Takes personal data out of free text (a complaint's description, a message, a mail body, a file name, a
 * quarantined payload) and leaves the rest readable for statistics and audit. Two passes:
 *
 * <ol>
 * <li>the subject's own values, as the case stored them: the name (whole, then each part of three letters or
 * more that is not a particle such as "da" or "dos"), the e-mail, the CPF and the phone, however they were
 * typed (the digits of a CPF or phone may be split by dots, dashes, spaces or brackets);
 * <li>anything shaped like the values the masking knows: an e-mail address ({@link EmailAddress#isValid}), a
 * run of digits that is a valid CPF ({@link Cpf#isValid}) or a Brazilian or international phone number
 * ({@link PhoneNumbers#toE164}), so that a third party's number in the text, or the subject's second
 * address, goes too.
 * </ol>
 *
 * Protocol numbers (14 digits) and amounts stay: a digit run is judged whole, never a piece of a longer one.
 * Each removed value becomes a marker in Portuguese ({@code [CPF removido]}), so a reader sees that something
 * was there.
 */
public final class TextScrubber {

    public static final String NAME = "[nome removido]";
    public static final String EMAIL = "[e-mail removido]";
    public static final String CPF = "[CPF removido]";
    public static final String PHONE = "[telefone removido]";

    /** Words that join the parts of a Brazilian name; removing them would blank ordinary text. */
    private static final Set<String> PARTICLES = Set.of("da", "das", "de", "do", "dos", "e", "di", "du", "del");

    private static final Pattern EMAIL_SHAPE = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    /**
     * A run of digits, possibly split by one separator at a time, optionally after a {@code +}: whole
     * (no digit right before or after it), so a protocol number is never read as a phone inside it.
     */
    private static final Pattern DIGIT_RUN = Pattern.compile(
            "(?<![\\d])\\+?\\(?\\d(?:[\\d]|[ .\\-()/]\\(?(?=\\d)|\\)[ .\\-]?(?=\\d))*(?![\\d])");

    /** A value of the subject's, and the marker that replaces it. */
    private record Known(Pattern pattern, String marker) {
    }

    private final List<Known> known;

    private TextScrubber(List<Known> known) {
        this.known = known;
    }

    /** A scrubber for texts that name no particular subject: the shapes only. */
    public static TextScrubber anyone() {
        return new TextScrubber(List.of());
    }

    /** A scrubber for this subject's texts: their stored values (any may be null), then the shapes. */
    public static TextScrubber of(String name, String email, String cpf, String phone) {
        List<Known> patterns = new ArrayList<>();
        if (email != null && !email.isBlank()) {
            patterns.add(new Known(Pattern.compile(Pattern.quote(email.strip()), Pattern.CASE_INSENSITIVE), EMAIL));
        }
        String cpfDigits = digitsOf(cpf);
        if (cpfDigits != null && cpfDigits.length() == 11) {
            patterns.add(new Known(spacedDigits(cpfDigits), CPF));
        }
        String phoneDigits = digitsOf(phone);
        if (phoneDigits != null && phoneDigits.length() >= 8) {
            patterns.add(new Known(spacedDigits(phoneDigits), PHONE));
            if (phoneDigits.startsWith("55") && phoneDigits.length() >= 12) {
                // +55 11 98765-4321 is typed as (11) 98765-4321 as often as not
                patterns.add(new Known(spacedDigits(phoneDigits.substring(2)), PHONE));
            }
        }
        nameParts(name).forEach(p -> patterns.add(new Known(p, NAME)));
        return new TextScrubber(List.copyOf(patterns));
    }

    /** The text without the subject's values and without anything shaped like personal data; null stays null. */
    public String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = EMAIL_SHAPE.matcher(text).replaceAll(m -> EmailAddress.isValid(m.group()) ? EMAIL : m.group());
        for (Known k : known) {
            out = k.pattern().matcher(out).replaceAll(Matcher.quoteReplacement(k.marker()));
        }
        return DIGIT_RUN.matcher(out).replaceAll(m -> Matcher.quoteReplacement(judge(m.group())));
    }

    /** Whether scrubbing would change the text: lets the job leave untouched rows unwritten. */
    public boolean touches(String text) {
        String scrubbed = scrub(text);
        return scrubbed != null && !scrubbed.equals(text);
    }

    private static String judge(String run) {
        String digits = run.replaceAll("\\D", "");
        if (digits.length() == 11 && Cpf.isValid(digits)) {
            return CPF;
        }
        if (digits.length() >= 10 && digits.length() <= 15 && PhoneNumbers.toE164(run.strip()).isPresent()) {
            return PHONE;
        }
        if (digits.length() >= 10 && digits.length() <= 13 && PhoneNumbers.toE164(digits).isPresent()) {
            return PHONE;
        }
        return run;
    }

    /** The digits with any one separator (or none) allowed between them, judged whole. */
    private static Pattern spacedDigits(String digits) {
        StringBuilder regex = new StringBuilder("(?<![\\d])\\+?");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0) {
                regex.append("[ .\\-()/]{0,2}");
            }
            regex.append(digits.charAt(i));
        }
        return Pattern.compile(regex.append("(?![\\d])").toString());
    }

    /** The whole name first, then its longer parts, each as a word of its own, case and accents as typed. */
    private static Collection<Pattern> nameParts(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        parts.add(name.strip());
        for (String part : name.strip().split("\\s+")) {
            if (part.length() >= 3 && !PARTICLES.contains(part.toLowerCase(Locale.ROOT))) {
                parts.add(part);
            }
        }
        parts.sort(Comparator.comparingInt(String::length).reversed());
        return parts.stream().distinct()
                .map(p -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    private static String digitsOf(String value) {
        return value == null ? null : value.replaceAll("\\D", "");
    }
}

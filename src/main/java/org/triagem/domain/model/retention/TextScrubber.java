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

    /**
     * A value of the subject's, the marker that replaces it, and what a text must hold to contain it: so many
     * digits, an {@code @}. The job scrubs a dozen texts per case and most (a history entry's "closed", a mail
     * subject) cannot hold a CPF or an address; those skip the value's pattern, which is compiled only when
     * first needed (docs/benchmarks.md section 11).
     */
    private static final class Known {
        private final String regex;
        private final int flags;
        private final String marker;
        private final int digits;
        private final boolean at;
        private volatile Pattern pattern;

        Known(String regex, int flags, String marker, int digits, boolean at) {
            this.regex = regex;
            this.flags = flags;
            this.marker = marker;
            this.digits = digits;
            this.at = at;
        }

        boolean mayOccurIn(int textDigits, boolean textAt) {
            return textDigits >= digits && (textAt || !at);
        }

        Pattern pattern() {
            if (pattern == null) {
                pattern = Pattern.compile(regex, flags);
            }
            return pattern;
        }
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
            String address = email.strip();
            patterns.add(new Known(Pattern.quote(address), Pattern.CASE_INSENSITIVE, EMAIL, digitCount(address),
                    address.indexOf('@') >= 0));
        }
        String cpfDigits = digitsOf(cpf);
        if (cpfDigits != null && cpfDigits.length() == 11) {
            patterns.add(spacedDigits(cpfDigits, CPF));
        }
        String phoneDigits = digitsOf(phone);
        if (phoneDigits != null && phoneDigits.length() >= 8) {
            patterns.add(spacedDigits(phoneDigits, PHONE));
            if (phoneDigits.startsWith("55") && phoneDigits.length() >= 12) {
                // +55 11 98765-4321 is typed as (11) 98765-4321 as often as not
                patterns.add(spacedDigits(phoneDigits.substring(2), PHONE));
            }
        }
        patterns.addAll(nameParts(name));
        return new TextScrubber(List.copyOf(patterns));
    }

    /** The text without the subject's values and without anything shaped like personal data; null stays null. */
    public String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // What the text holds bounds what can be found in it; the markers hold neither digits nor '@'.
        int digits = digitCount(text);
        boolean at = text.indexOf('@') >= 0;
        String out = at ? EMAIL_SHAPE.matcher(text).replaceAll(m -> EmailAddress.isValid(m.group()) ? EMAIL
                : Matcher.quoteReplacement(m.group())) : text;
        for (Known k : known) {
            if (k.mayOccurIn(digits, at)) {
                out = k.pattern().matcher(out).replaceAll(Matcher.quoteReplacement(k.marker));
            }
        }
        return digits == 0 ? out : DIGIT_RUN.matcher(out).replaceAll(m -> Matcher.quoteReplacement(judge(m.group())));
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
    private static Known spacedDigits(String digits, String marker) {
        StringBuilder regex = new StringBuilder("(?<![\\d])\\+?");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0) {
                regex.append("[ .\\-()/]{0,2}");
            }
            regex.append(digits.charAt(i));
        }
        return new Known(regex.append("(?![\\d])").toString(), 0, marker, digits.length(), false);
    }

    /** The whole name first, then its longer parts, each as a word of its own, case and accents as typed. */
    private static Collection<Known> nameParts(String name) {
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
                .map(p -> new Known("(?<![\\p{L}\\p{N}])" + Pattern.quote(p) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, NAME, digitCount(p), false))
                .toList();
    }

    private static int digitCount(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= '0' && ch <= '9') {
                n++;
            }
        }
        return n;
    }

    private static String digitsOf(String value) {
        return value == null ? null : value.replaceAll("\\D", "");
    }
}

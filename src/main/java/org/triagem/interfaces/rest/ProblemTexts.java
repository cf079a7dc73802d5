package org.triagem.interfaces.rest;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.triagem.domain.model.complaint.CaseAction;
import org.triagem.domain.model.complaint.CaseStatus;

/**
 * The {@code messages/problems} texts in one language, pt-BR or English: a problem's title by its slug
 * ({@code <slug>.title}) and its detail by a key under the slug. Every text is a MessageFormat pattern
 * (a literal apostrophe is written {@code ''}); arguments are given as strings, so a number is never
 * grouped and text someone typed is never read as a pattern.
 */
final class ProblemTexts {

    static final String BUNDLE = "messages.problems";
    /** A placeholder of a pattern, {@code {0}}: in a field message it stands for any text. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    static final ProblemTexts ENGLISH = new ProblemTexts(Locale.ENGLISH);
    static final ProblemTexts PORTUGUESE = new ProblemTexts(PT_BR);

    /** The key of "Please correct:" and the fields at fault, which a problem made without a key may still be said by. */
    private static final String FIELDS = "fields";

    /** The prefix of the messages said of one field ({@code errors[].message}). */
    static final String FIELD = "field.";

    private final ResourceBundle texts;
    private final Locale locale;
    /** The field messages as this language writes them, to be recognised: the most literal text first. */
    private final List<FieldText> fieldTexts;

    private ProblemTexts(Locale locale) {
        this.locale = locale;
        this.texts = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.fieldTexts = texts.keySet().stream().filter(k -> k.startsWith(FIELD))
                .map(k -> FieldText.of(k, texts.getString(k)))
                .sorted(Comparator.comparingInt(FieldText::literalLength).reversed().thenComparing(FieldText::key))
                .toList();
    }

    /**
     * A field message, written in English in the code, a Bean Validation annotation or a library: the
     * bundle's {@code field.*} text it is (its {@code {0}} parts taken as they were written), said in this
     * language; a message the bundle does not know as it was.
     */
    String fieldMessage(String english) {
        if (english == null) {
            return null;
        }
        for (FieldText t : ENGLISH.fieldTexts) {
            Matcher m = t.english().matcher(english);
            if (m.matches()) {
                List<Object> args = new ArrayList<>();
                for (int i = 0; i < t.order().size(); i++) {
                    args.add(null);
                }
                for (int g = 0; g < t.order().size(); g++) {
                    args.set(t.order().get(g), m.group(g + 1));
                }
                return format(t.key(), args);
            }
        }
        return english;
    }

    /** A field message of the bundle as a regular expression: its literal text exact, each {n} any text. */
    private record FieldText(String key, Pattern english, List<Integer> order, int literalLength) {

        static FieldText of(String key, String pattern) {
            String text = pattern.replace("''", "'");
            Matcher m = PLACEHOLDER.matcher(text);
            StringBuilder regex = new StringBuilder();
            List<Integer> order = new ArrayList<>();
            int at = 0;
            int literal = 0;
            while (m.find()) {
                regex.append(Pattern.quote(text.substring(at, m.start()))).append("(.+)");
                literal += m.start() - at;
                order.add(Integer.parseInt(m.group(1)));
                at = m.end();
            }
            regex.append(Pattern.quote(text.substring(at)));
            literal += text.length() - at;
            return new FieldText(key, Pattern.compile(regex.toString(), Pattern.DOTALL), List.copyOf(order), literal);
        }
    }

    /**
     * The language for an Accept-Language list (most wanted first): the first English or Portuguese one;
     * pt-BR for any language, none, or one we do not have.
     */
    static ProblemTexts forLanguages(List<Locale> wanted) {
        for (Locale l : wanted) {
            if ("en".equals(l.getLanguage())) {
                return ENGLISH;
            }
            if ("pt".equals(l.getLanguage()) || "*".equals(l.getLanguage())) {
                return PORTUGUESE;
            }
        }
        return PORTUGUESE;
    }

    /** As {@link #forLanguages}, for an Accept-Language header as written (null or unreadable: pt-BR). */
    static ProblemTexts forHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return PORTUGUESE;
        }
        try {
            return forLanguages(Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(r -> "*".equals(r.getRange()) ? new Locale("*") : Locale.forLanguageTag(r.getRange()))
                    .toList());
        } catch (IllegalArgumentException unreadable) {
            return PORTUGUESE;
        }
    }

    /** The language's tag, for Content-Language. */
    String languageTag() {
        return locale.toLanguageTag();
    }

    boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The title of the problem type; the slug itself if the bundle has none. */
    String title(String slug) {
        return has(slug + ".title") ? format(slug + ".title", List.of()) : slug;
    }

    /** The detail {@code said}; null if the bundle has no such key. */
    String detail(String slug, Problem.Said said) {
        String key = slug + "." + said.key();
        return has(key) ? format(key, said.args()) : null;
    }

    /**
     * The problem, written in English, said in this language: a coded detail by its key; a problem made
     * without one where its English is one of the bundle's texts under its slug (a fixed title or
     * detail, or "Please correct:" and the fields at fault); any other text as it was.
     */
    Problem translate(Problem p) {
        String slug = p.slug();
        String titleKey = p.said() != null ? slug + ".title" : ENGLISH.keyOf(slug, p.title(), true);
        String title = titleKey != null && has(titleKey) ? format(titleKey, List.of()) : p.title();
        Problem.Said said = p.said() != null ? p.said() : legacy(p);
        String detail = said == null ? null : detail(slug, said);
        List<Problem.FieldError> errors = p.errors() == null ? null : p.errors().stream()
                .map(e -> new Problem.FieldError(e.field(), fieldMessage(e.message()))).toList();
        return p.saying(title, detail == null ? p.detail() : detail, errors);
    }

    /** How a problem made without a key is said, if its English is one of the bundle's texts. */
    private static Problem.Said legacy(Problem p) {
        String slug = p.slug();
        String fixed = ENGLISH.keyOf(slug, p.detail(), false);
        if (fixed != null) {
            return new Problem.Said(fixed.substring(slug.length() + 1), List.of());
        }
        if (p.errors() != null && !p.errors().isEmpty()) {
            Problem.Said fields = new Problem.Said(FIELDS, List.of(p.errors().stream().map(Problem.FieldError::field)
                    .distinct().collect(Collectors.joining(", "))));
            if (p.detail() != null && p.detail().equals(ENGLISH.detail(slug, fields))) {
                return fields;
            }
        }
        return null;
    }

    /**
     * The key under the slug whose text, taking no arguments, is exactly {@code text}: among the titles
     * ({@code <slug>.title}, {@code <slug>.title.<variant>}) or among the details. Null if none is.
     */
    private String keyOf(String slug, String text, boolean title) {
        if (text == null) {
            return null;
        }
        String prefix = slug + ".";
        for (String key : texts.keySet()) {
            if (key.startsWith(prefix) && key.substring(prefix.length()).startsWith("title") == title
                    && !texts.getString(key).contains("{") && text.equals(format(key, List.of()))) {
                return key;
            }
        }
        return null;
    }

    private String format(String key, List<Object> args) {
        Object[] said = args.stream().map(this::argument).toArray();
        return new MessageFormat(texts.getString(key), locale).format(said);
    }

    /**
     * An argument as text: a status, an action or another term in this language, a collection as its
     * items (or "none"); anything else as it is.
     */
    private String argument(Object arg) {
        if (arg instanceof Collection<?> items) {
            return items.isEmpty() ? argument(new Problem.Term("none"))
                    : items.stream().map(this::argument).collect(Collectors.joining(", "));
        }
        if (arg instanceof CaseStatus status) {
            return argument(new Problem.Term("status." + status.name()));
        }
        if (arg instanceof CaseAction action) {
            return argument(new Problem.Term("action." + action.slug()));
        }
        if (arg instanceof Problem.Term term) {
            return has(term.key()) ? texts.getString(term.key()) : term.key();
        }
        return String.valueOf(arg);
    }
}

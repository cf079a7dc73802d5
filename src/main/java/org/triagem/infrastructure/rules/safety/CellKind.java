package org.triagem.infrastructure.rules.safety;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a decision-table cell may hold, by the template its column uses. A cell is pasted into the
 * template's code, so this is what keeps it data: a text cell can hold no quote, backslash or line
 * break (it could not close the template's quotes), a number only digits, an enum only a constant's name.
 * Cells are refused rather than escaped, so the stored file is exactly what the analyst sent.
 */
final class CellKind {

    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}(\\.0+)?");
    private static final Pattern UNSAFE_TEXT = Pattern.compile("[\"\\\\\\p{Cntrl}]");

    private final String name;

    private CellKind(String name) {
        this.name = name;
    }

    /**
     * @throws IllegalArgumentException for a kind the catalogue may not use: the catalogue is reviewed
     *     code, and a typo there must stop the server's check, not let cells through
     */
    static CellKind named(String name) {
        String n = name.strip();
        boolean known = n.equals("text") || n.equals("flag") || n.equals("whole number") || n.equals("whole numbers")
                || n.equals("true/false") || RuleVocabulary.type(n).filter(RuleVocabulary.ENUMS::contains).isPresent();
        if (!known) {
            throw new IllegalArgumentException("unknown cell kind in the template catalogue: " + name);
        }
        return new CellKind(n);
    }

    /** Always text: the cells of NAME, DESCRIPTION and ACTIVATION-GROUP columns. */
    static CellKind text() {
        return new CellKind("text");
    }

    static CellKind wholeNumber() {
        return new CellKind("whole number");
    }

    static CellKind trueFalse() {
        return new CellKind("true/false");
    }

    /** Why the value cannot be pasted into {@code code}, or empty when it can. */
    Optional<String> problem(String cell, String value, String code) {
        String v = value.strip();
        return switch (name) {
            case "text", "flag" -> UNSAFE_TEXT.matcher(value).find()
                    ? Optional.of(Refusals.text("cell.text", cell, value)) : Optional.empty();
            case "whole number" -> WHOLE.matcher(v).matches() ? Optional.empty()
                    : Optional.of(Refusals.text("cell.number", cell, value));
            case "whole numbers" -> numbers(cell, v, code);
            case "true/false" -> v.equals("true") || v.equals("false") ? Optional.empty()
                    : Optional.of(Refusals.text("cell.boolean", cell, value));
            default -> enumConstant(cell, v, value);
        };
    }

    private static Optional<String> numbers(String cell, String value, String code) {
        long expected = Pattern.compile("\\$\\d").matcher(code).results().count();
        String[] parts = value.split(",", -1);
        boolean ok = parts.length == expected && Arrays.stream(parts).allMatch(p -> WHOLE.matcher(p.strip()).matches());
        return ok ? Optional.empty() : Optional.of(Refusals.text("cell.numbers", cell, value, expected));
    }

    private Optional<String> enumConstant(String cell, String value, String original) {
        Class<?> type = RuleVocabulary.type(name).orElseThrow();
        if (RuleVocabulary.enumConstant(type, value).isPresent()) {
            return Optional.empty();
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
        return Optional.of(Refusals.text("cell.enum", cell, original, allowed));
    }
}

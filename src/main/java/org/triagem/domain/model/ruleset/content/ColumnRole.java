package org.triagem.domain.model.ruleset.content;

import java.util.Locale;

/** What a column of a table holds. */
public enum ColumnRole {
    CONDITION,
    ACTION,
    /** The rule's name, the business sentence staff read. */
    NAME,
    DESCRIPTION,
    /** Another rule attribute: PRIORITY, SALIENCE, ACTIVATION-GROUP and the like. */
    ATTRIBUTE,
    /** A scenario's input: what the sample complaint says. */
    INPUT,
    /** A scenario's expected outcome ({@code expected_*}). */
    EXPECTED,
    /** Outside any table, or blank. */
    NONE;

    /** A decision table's column keyword, as Drools reads it (full word or its one-letter form). */
    static ColumnRole ofKeyword(String cell) {
        String word = cell == null ? "" : cell.strip().toUpperCase(Locale.ROOT);
        return switch (word) {
            case "" -> NONE;
            case "CONDITION", "C" -> CONDITION;
            case "ACTION", "A" -> ACTION;
            case "NAME", "N" -> NAME;
            case "DESCRIPTION", "I" -> DESCRIPTION;
            default -> ATTRIBUTE;
        };
    }

    /** A scenario file's column by its header. */
    static ColumnRole ofScenarioHeader(String header) {
        String h = header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
        if (h.equals("name")) {
            return NAME;
        }
        return h.startsWith("expected_") ? EXPECTED : INPUT;
    }
}

package org.triagem.infrastructure.rules;

/**
 * One way a rule set disagrees with a scenario file: in {@code file} (relative to the rules tree), on
 * line {@code row}, the {@code field} should have been {@code expected} but was {@code actual}. A row
 * that cannot be read at all is reported the same way, with the offending column as the field.
 */
public record ScenarioFailure(String file, int row, String field, String expected, String actual) {

    @Override
    public String toString() {
        return file + ":" + row + ": " + field + " expected \"" + expected + "\" but was \"" + actual + "\"";
    }
}

package org.triagem.infrastructure.rules;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Turns a compile error's line in the DRL that Drools generates from a decision table back into the
 * spreadsheet cell the analyst wrote. Drools reports errors in a table at lines of a DRL file nobody
 * sees; the generator writes a comment {@code // rule values at C12, header at C7} above each row's rule,
 * so the nearest such comment above the error names the row.
 */
final class DecisionTablePositions {

    private static final Pattern ROW_COMMENT = Pattern.compile("//\\s*rule values at ([A-Z]+)(\\d+)");

    private DecisionTablePositions() {
    }

    static boolean isTable(String path) {
        return path.endsWith(".drl.csv") || path.endsWith(".drl.xlsx") || path.endsWith(".drl.xls");
    }

    /**
     * The table row (1-based, as the spreadsheet numbers it) whose generated rule holds the error: at its
     * DRL line when Drools gives one, else the one rule holding the expression the message quotes
     * (Drools gives no line for an expression it cannot analyse, such as a word where a number belongs).
     */
    static Optional<Integer> rowOf(String path, byte[] table, int drlLine, String message) {
        if (table == null) {
            return Optional.empty();
        }
        String drl;
        try {
            drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(table),
                    path.endsWith(".drl.csv") ? InputType.CSV : InputType.XLS);
        } catch (RuntimeException e) {
            // The table itself cannot be read: the original message says why; no row to point at.
            return Optional.empty();
        }
        String[] lines = drl.split("\n", -1);
        int line = drlLine > 0 ? drlLine : lineQuoting(lines, message);
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            Matcher m = ROW_COMMENT.matcher(lines[i]);
            if (m.find()) {
                return Optional.of(Integer.parseInt(m.group(2)));
            }
        }
        return Optional.empty();
    }

    private static final Pattern QUOTED_EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):");

    /** The 1-based line of the only DRL line holding the expression the message quotes, or 0. */
    private static int lineQuoting(String[] lines, String message) {
        Matcher m = QUOTED_EXPRESSION.matcher(message == null ? "" : message);
        if (!m.find()) {
            return 0;
        }
        String expression = m.group(1).strip();
        int found = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(expression)) {
                if (found > 0) {
                    return 0;
                }
                found = i + 1;
            }
        }
        return found;
    }
}

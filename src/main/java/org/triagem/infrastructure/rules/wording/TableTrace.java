package org.triagem.infrastructure.rules.wording;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.triagem.infrastructure.rules.safety.TableGrid;

/**
 * Traces a line and column of the DRL Drools generates from a decision table back to the cell the analyst
 * wrote. The generator writes {@code // rule values at A12, header at A7} above each row's rule, so the
 * nearest such comment above the line names the row. Within the row, each condition and action cell is
 * its column's template with the cell's value put in for {@code $param}; the one whose text holds the
 * error's column is the cell to blame: its value when the error falls in the value, its template (the
 * column's code row, shared by every row) when it falls in the template's own text.
 */
final class TableTrace {

    private static final Pattern ROW_COMMENT = Pattern.compile("//\\s*rule values at ([A-Z]+)(\\d+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(param|\\d+)");

    private final String path;
    private final String[] drl;
    private final TableLayout layout;

    private TableTrace(String path, String[] drl, TableLayout layout) {
        this.path = path;
        this.drl = drl;
        this.layout = layout;
    }

    /** The trace of a table file, or empty when Drools cannot even read it as a table. */
    static Optional<TableTrace> of(String path, byte[] table) {
        if (table == null) {
            return Optional.empty();
        }
        try {
            String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(table),
                    path.endsWith(".csv") ? InputType.CSV : InputType.XLS);
            return Optional.of(new TableTrace(path, drl.split("\n", -1), TableLayout.of(TableGrid.read(path, table))));
        } catch (RuntimeException e) {
            // The table cannot be read: the compiler's own message says why; there is no cell to point at.
            return Optional.empty();
        }
    }

    /** Where the message's DRL position came from in the table; the file itself when it cannot be told. */
    ProblemPlace place(int drlLine, CompilerText message) {
        int line = drlLine > 0 ? drlLine : message.quotedExpression().map(this::lineQuoting).orElse(0);
        int row = rowAbove(line);
        if (row <= 0) {
            return ProblemPlace.drl(path, 0, 0, null);
        }
        Optional<TableLayout.RuleTable> table = layout.ruleAt(row - 1, message.rule().orElse(null));
        if (table.isEmpty()) {
            return ProblemPlace.row(path, "", row);
        }
        return cell(table.get(), row - 1, drl[line - 1], message)
                .orElseGet(() -> ProblemPlace.row(path, table.get().sheet().name(), row));
    }

    private Optional<ProblemPlace> cell(TableLayout.RuleTable table, int row, String drlLine, CompilerText message) {
        List<Span> spans = new ArrayList<>();
        for (TableLayout.TableColumn column : table.columns()) {
            String value = table.sheet().cell(row, column.index()).strip();
            if ((column.isCondition() || column.isAction()) && !value.isEmpty()) {
                Span.of(column, value, drlLine).ifPresent(spans::add);
            }
        }
        int at = message.column();
        Optional<String> expression = message.quotedExpression();
        for (Span s : spans) {
            if (at >= 0 && s.holdsValue(at) || at < 0 && expression.map(s::quotes).orElse(false)) {
                return Optional.of(ProblemPlace.cell(path, table, row, s.column().index()));
            }
            if (at >= 0 && s.holds(at)) {
                return Optional.of(ProblemPlace.cell(path, table, table.codeRow(), s.column().index()));
            }
        }
        // The error is past every cell's text (an unclosed quote shows at the line's end): the last cell before it.
        return spans.stream().filter(s -> at < 0 || s.start() <= at).reduce((a, b) -> b)
                .map(s -> ProblemPlace.cell(path, table, row, s.column().index()));
    }

    /** Where one cell's text is in a DRL line: the whole rendered template, and the value within it. */
    private record Span(TableLayout.TableColumn column, String text, int start, int valueStart, int valueEnd) {

        static Optional<Span> of(TableLayout.TableColumn column, String value, String drlLine) {
            String rendered = render(column.code(), value);
            int start = drlLine.indexOf(rendered);
            if (start < 0) {
                return Optional.empty();
            }
            Matcher first = PLACEHOLDER.matcher(column.code());
            if (!first.find()) {
                // A flag column: the mark only applies the template, so the template is all there is.
                return Optional.of(new Span(column, rendered, start, -1, -1));
            }
            int suffix = column.code().length() - lastPlaceholderEnd(column.code());
            return Optional.of(new Span(column, rendered, start, start + first.start(),
                    start + rendered.length() - suffix));
        }

        boolean holdsValue(int at) {
            return valueStart >= 0 && at >= valueStart && at <= valueEnd;
        }

        boolean holds(int at) {
            return at >= start && at < start + text.length();
        }

        boolean quotes(String expression) {
            return text.contains(expression) || expression.contains(text);
        }

        private static int lastPlaceholderEnd(String code) {
            Matcher m = PLACEHOLDER.matcher(code);
            int end = 0;
            while (m.find()) {
                end = m.end();
            }
            return end;
        }
    }

    /** The template with the cell's value, as Drools writes it: {@code $param} whole, {@code $1...} by comma. */
    static String render(String code, String value) {
        String[] parts = value.split(",", -1);
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(code);
        int last = 0;
        while (m.find()) {
            out.append(code, last, m.start());
            if (m.group(1).equals("param")) {
                out.append(value);
            } else {
                int i = Integer.parseInt(m.group(1)) - 1;
                out.append(i < parts.length ? parts[i].strip() : "");
            }
            last = m.end();
        }
        return out.append(code.substring(last)).toString();
    }

    /** The table row (1 is the first) named by the nearest row comment at or above the DRL line, or 0. */
    private int rowAbove(int line) {
        for (int i = Math.min(line, drl.length) - 1; i >= 0; i--) {
            Matcher m = ROW_COMMENT.matcher(drl[i]);
            if (m.find()) {
                return Integer.parseInt(m.group(2));
            }
        }
        return 0;
    }

    /** The 1-based line of the only DRL line holding the expression, or 0 when none or several do. */
    private int lineQuoting(String expression) {
        int found = 0;
        for (int i = 0; i < drl.length; i++) {
            if (drl[i].contains(expression)) {
                if (found > 0) {
                    return 0;
                }
                found = i + 1;
            }
        }
        return found;
    }
}

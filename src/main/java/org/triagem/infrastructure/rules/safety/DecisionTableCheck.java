package org.triagem.infrastructure.rules.safety;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.triagem.infrastructure.rules.RuleProblem;

/**
 * Checks an uploaded decision table in two layers. First the table as the analyst sees it: each
 * CONDITION and ACTION column must use a template of the {@link TemplateCatalogue} (the fact row and the
 * code row), only harmless column kinds may appear, and each cell must be a value of the kind its
 * template expects ({@link CellKind}). Then, when that passes, the DRL Drools generates from the table
 * goes through {@link DrlCheck}, which catches what the first layer does not know about (a
 * {@code Functions} or {@code Variables} cell in the RuleSet area, a header that is not a template).
 * Problems name the table row, as the spreadsheet numbers it.
 */
final class DecisionTableCheck {

    private static final int COLUMN_KINDS = 1;
    private static final int FACTS = 2;
    private static final int CODE = 3;
    private static final int FIRST_RULE = 5;
    private static final Pattern ROW_COMMENT = Pattern.compile("//\\s*rule values at ([A-Z]+)(\\d+)");

    /** The column kinds a table may use, by Drools' long and short names, and the cells each holds. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("CONDITION", "CONDITION"),
            Map.entry("C", "CONDITION"), Map.entry("ACTION", "ACTION"), Map.entry("A", "ACTION"),
            Map.entry("NAME", "NAME"), Map.entry("N", "NAME"), Map.entry("DESCRIPTION", "DESCRIPTION"),
            Map.entry("I", "DESCRIPTION"), Map.entry("PRIORITY", "PRIORITY"), Map.entry("SALIENCE", "PRIORITY"),
            Map.entry("P", "PRIORITY"), Map.entry("ACTIVATION-GROUP", "ACTIVATION-GROUP"),
            Map.entry("ACTIVATIONGROUP", "ACTIVATION-GROUP"), Map.entry("X", "ACTIVATION-GROUP"),
            Map.entry("NO-LOOP", "NO-LOOP"), Map.entry("NOLOOP", "NO-LOOP"), Map.entry("U", "NO-LOOP"));

    private final TemplateCatalogue catalogue;

    DecisionTableCheck(TemplateCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    List<RuleProblem> problemsIn(String path, byte[] content) {
        if (catalogue.isEmpty()) {
            return List.of(new RuleProblem(path, 0, Refusals.text("catalogue.missing")));
        }
        List<RuleProblem> problems = new ArrayList<>();
        TableGrid grid;
        try {
            grid = TableGrid.read(path, content);
        } catch (RuntimeException e) {
            return List.of(new RuleProblem(path, 0, Refusals.text("unreadable", e.getMessage())));
        }
        for (TableGrid.SheetCells sheet : grid.sheets()) {
            sheet.formulaCells().forEach(ref -> problems.add(atRow(path, rowOf(ref), Refusals.text("cell.formula", ref))));
            for (int r = 0; r < sheet.rows().size(); r++) {
                for (int c = 0; c < sheet.width(r); c++) {
                    if (sheet.cell(r, c).strip().toLowerCase(Locale.ROOT).startsWith("ruletable")) {
                        checkTable(path, sheet, r, c, problems);
                    }
                }
            }
        }
        return problems.isEmpty() ? generatedDrlProblems(path, content) : problems;
    }

    private void checkTable(String path, TableGrid.SheetCells sheet, int top, int left, List<RuleProblem> problems) {
        int kindsRow = top + COLUMN_KINDS;
        List<Column> columns = new ArrayList<>();
        for (int c = left; c < sheet.width(kindsRow); c++) {
            String written = sheet.cell(kindsRow, c).strip();
            if (written.isEmpty()) {
                continue;
            }
            String kind = COLUMNS.get(written.toUpperCase(Locale.ROOT));
            if (kind == null) {
                problems.add(atRow(path, kindsRow + 1, Refusals.text("column", written)));
            } else {
                column(path, sheet, top, c, kind, problems).ifPresent(columns::add);
            }
        }
        for (int r = top + FIRST_RULE; r < sheet.rows().size() && !blank(sheet, r, columns); r++) {
            for (Column col : columns) {
                String value = sheet.cell(r, col.index());
                if (!value.isBlank()) {
                    String ref = TableGrid.reference(r, col.index());
                    int row = r + 1;
                    col.cells().problem(ref, value, col.code())
                            .ifPresent(message -> problems.add(atRow(path, row, message)));
                }
            }
        }
    }

    private record Column(int index, CellKind cells, String code) {
    }

    private Optional<Column> column(String path, TableGrid.SheetCells sheet, int top, int c, String kind,
            List<RuleProblem> problems) {
        return switch (kind) {
            case "CONDITION", "ACTION" -> {
                String fact = sheet.cell(top + FACTS, c);
                String code = sheet.cell(top + CODE, c);
                Optional<TemplateCatalogue.Template> template = catalogue.find(kind, fact, code);
                if (template.isEmpty()) {
                    problems.add(atRow(path, top + CODE + 1, Refusals.text("template",
                            TableGrid.reference(top + CODE, c), fact.strip(), code.strip())));
                    yield Optional.empty();
                }
                yield Optional.of(new Column(c, template.get().cells(), code));
            }
            case "PRIORITY" -> Optional.of(new Column(c, CellKind.wholeNumber(), ""));
            case "NO-LOOP" -> Optional.of(new Column(c, CellKind.trueFalse(), ""));
            default -> Optional.of(new Column(c, CellKind.text(), ""));
        };
    }

    /** The table ends at its first row with nothing in its columns, as Drools reads it. */
    private static boolean blank(TableGrid.SheetCells sheet, int row, List<Column> columns) {
        return columns.stream().allMatch(col -> sheet.cell(row, col.index()).isBlank());
    }

    private static List<RuleProblem> generatedDrlProblems(String path, byte[] content) {
        String drl;
        try {
            drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(content),
                    path.endsWith(".csv") ? InputType.CSV : InputType.XLS);
        } catch (RuntimeException e) {
            // The compiler reports a table Drools cannot read; nothing in it can run either.
            return List.of();
        }
        String[] lines = drl.split("\n", -1);
        return DrlCheck.generatedFromTable(drl).stream()
                .map(p -> atRow(path, rowAbove(lines, p.line()), p.message())).toList();
    }

    /** The table row whose generated rule holds the DRL line, from the comment Drools writes above it. */
    private static int rowAbove(String[] lines, int drlLine) {
        for (int i = Math.min(drlLine, lines.length) - 1; i >= 0; i--) {
            Matcher m = ROW_COMMENT.matcher(lines[i]);
            if (m.find()) {
                return Integer.parseInt(m.group(2));
            }
        }
        return 0;
    }

    private static int rowOf(String reference) {
        return Integer.parseInt(reference.replaceAll("^[A-Z]+", ""));
    }

    private static RuleProblem atRow(String path, int row, String message) {
        return new RuleProblem(path, row, row > 0 ? Refusals.text("table.row", row, message) : message);
    }
}

package org.triagem.infrastructure.rules.safety;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.apache.poi.ss.util.CellReference;
import org.triagem.infrastructure.rules.RuleProblem;
import org.triagem.infrastructure.rules.wording.ProblemPlace;
import org.triagem.infrastructure.rules.wording.TableLayout;

/**
 * Checks an uploaded decision table in two layers. First the table as the analyst sees it: each
 * CONDITION and ACTION column must use a template of the {@link TemplateCatalogue} (the fact row and the
 * code row), only harmless column kinds may appear, and each cell must be a value of the kind its
 * template expects ({@link CellKind}). Then, when that passes, the DRL Drools generates from the table
 * goes through {@link DrlCheck}, which catches what the first layer does not know about (a
 * {@code Functions} or {@code Variables} cell in the RuleSet area, a header that is not a template).
 * Problems name the cell (sheet, row and column as the spreadsheet shows them) or, for what the
 * generated DRL shows, the table row ({@link ProblemPlace}).
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
            sheet.formulaCells().forEach(ref -> {
                CellReference cell = new CellReference(ref);
                problems.add(ProblemPlace.cell(path, sheet, cell.getRow(), cell.getCol())
                        .problem(Refusals.text("cell.formula", ref), ""));
            });
        }
        for (TableLayout.RuleTable table : TableLayout.of(grid).tables()) {
            checkTable(path, table, problems);
        }
        return problems.isEmpty() ? generatedDrlProblems(path, content) : problems;
    }

    private void checkTable(String path, TableLayout.RuleTable table, List<RuleProblem> problems) {
        TableGrid.SheetCells sheet = table.sheet();
        int top = table.top();
        int kindsRow = top + COLUMN_KINDS;
        List<Column> columns = new ArrayList<>();
        for (TableLayout.TableColumn written : table.columns()) {
            int c = written.index();
            String kind = COLUMNS.get(written.kind());
            if (kind == null) {
                problems.add(ProblemPlace.cell(path, sheet, kindsRow, c)
                        .problem(Refusals.text("column", sheet.cell(kindsRow, c).strip()), ""));
            } else {
                column(path, table, c, kind, problems).ifPresent(columns::add);
            }
        }
        for (int r = top + FIRST_RULE; r < sheet.rows().size() && !blank(sheet, r, columns); r++) {
            for (Column col : columns) {
                String value = sheet.cell(r, col.index());
                if (!value.isBlank()) {
                    String ref = TableGrid.reference(r, col.index());
                    ProblemPlace place = ProblemPlace.cell(path, table, r, col.index());
                    col.cells().problem(ref, value, col.code())
                            .ifPresent(message -> problems.add(place.problem(message, "")));
                }
            }
        }
    }

    private record Column(int index, CellKind cells, String code) {
    }

    private Optional<Column> column(String path, TableLayout.RuleTable table, int c, String kind,
            List<RuleProblem> problems) {
        TableGrid.SheetCells sheet = table.sheet();
        int top = table.top();
        return switch (kind) {
            case "CONDITION", "ACTION" -> {
                String fact = sheet.cell(top + FACTS, c);
                String code = sheet.cell(top + CODE, c);
                Optional<TemplateCatalogue.Template> template = catalogue.find(kind, fact, code);
                if (template.isEmpty()) {
                    problems.add(ProblemPlace.cell(path, table, top + CODE, c).problem(Refusals.text("template",
                            TableGrid.reference(top + CODE, c), fact.strip(), code.strip()), ""));
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

    private static RuleProblem atRow(String path, int row, String message) {
        return row > 0 ? ProblemPlace.row(path, "", row).problem(message, "") : new RuleProblem(path, 0, message);
    }
}

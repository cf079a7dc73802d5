package org.triagem.infrastructure.rules.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.triagem.infrastructure.rules.safety.TableGrid;

/**
 * The rule tables of a decision-table file as Drools reads them: on each sheet, every {@code RuleTable}
 * cell opens a table whose next rows are the column kinds, the facts, the code templates and the
 * analyst's own column headers; its rules follow, one a row, up to the first blank row. Rows and
 * columns count from 0 here, as in {@link TableGrid}.
 */
public record TableLayout(List<RuleTable> tables) {

    private static final int KINDS = 1;
    private static final int CODE = 3;
    private static final int HEADERS = 4;
    private static final int FIRST_RULE = 5;

    /** A column of a rule table: its kind (CONDITION, ACTION, NAME...), its code template, its header. */
    public record TableColumn(int index, String kind, String code, String header) {

        public boolean isCondition() {
            return kind.equals("CONDITION") || kind.equals("C");
        }

        public boolean isAction() {
            return kind.equals("ACTION") || kind.equals("A");
        }
    }

    /** One rule table: its sheet, its top row (the RuleTable cell), its columns and its last rule row. */
    public record RuleTable(TableGrid.SheetCells sheet, int top, List<TableColumn> columns, int lastRule) {

        public int codeRow() {
            return top + CODE;
        }

        public int firstRule() {
            return top + FIRST_RULE;
        }

        public boolean holdsRule(int row) {
            return row >= firstRule() && row <= lastRule;
        }

        public boolean holds(int row) {
            return row >= top && row <= lastRule;
        }

        public Optional<TableColumn> column(int index) {
            return columns.stream().filter(c -> c.index() == index).findFirst();
        }
    }

    public static TableLayout of(TableGrid grid) {
        List<RuleTable> tables = new ArrayList<>();
        for (TableGrid.SheetCells sheet : grid.sheets()) {
            for (int r = 0; r < sheet.rows().size(); r++) {
                for (int c = 0; c < sheet.width(r); c++) {
                    if (sheet.cell(r, c).strip().toLowerCase(Locale.ROOT).startsWith("ruletable")) {
                        tables.add(table(sheet, r, c));
                    }
                }
            }
        }
        return new TableLayout(tables);
    }

    private static RuleTable table(TableGrid.SheetCells sheet, int top, int left) {
        List<TableColumn> columns = new ArrayList<>();
        for (int c = left; c < sheet.width(top + KINDS); c++) {
            String kind = sheet.cell(top + KINDS, c).strip().toUpperCase(Locale.ROOT);
            if (!kind.isEmpty()) {
                columns.add(new TableColumn(c, kind, sheet.cell(top + CODE, c).strip(),
                        sheet.cell(top + HEADERS, c).strip()));
            }
        }
        int last = top + FIRST_RULE - 1;
        for (int r = top + FIRST_RULE; r < sheet.rows().size(); r++) {
            int row = r;
            if (columns.stream().allMatch(col -> sheet.cell(row, col.index()).isBlank())) {
                break; // the table ends at its first empty row, as Drools reads it
            }
            last = r;
        }
        return new RuleTable(sheet, top, List.copyOf(columns), last);
    }

    /** The table whose rule rows hold the row, preferring the one whose NAME cell there is the rule's name. */
    public Optional<RuleTable> ruleAt(int row, String ruleName) {
        List<RuleTable> holding = tables.stream().filter(t -> t.holdsRule(row)).toList();
        return holding.stream().filter(t -> named(t, row, ruleName)).findFirst()
                .or(() -> holding.stream().findFirst());
    }

    private static boolean named(RuleTable t, int row, String ruleName) {
        return ruleName != null && t.columns().stream().filter(c -> c.kind().equals("NAME") || c.kind().equals("N"))
                .anyMatch(c -> t.sheet().cell(row, c.index()).strip().equals(ruleName.strip()));
    }
}

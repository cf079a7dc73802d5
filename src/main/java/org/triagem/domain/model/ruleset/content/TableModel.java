package org.triagem.domain.model.ruleset.content;

import java.util.ArrayList;
import java.util.List;

/**
 * A table file as the analyst sees it: its sheets, and in each which rows are the RuleSet and RuleTable
 * headers, the analyst's column titles and the rules, and which columns are conditions, actions and
 * names.
 */
public record TableModel(List<TableSheet> sheets) {

    /** The four rows under {@code RuleTable}, in the order Drools reads them. */
    private static final List<RowRole> TABLE_HEADER = List.of(RowRole.COLUMN_KINDS, RowRole.PATTERNS,
            RowRole.TEMPLATES, RowRole.TITLES);

    public TableModel {
        sheets = List.copyOf(sheets);
    }

    /** A decision table, one sheet per sheet of the workbook (a CSV file is one sheet). */
    public static TableModel decisionTable(List<RawSheet> raw) {
        return new TableModel(raw.stream().map(TableModel::decisionSheet).toList());
    }

    /** A scenario file: its first row holds the column titles, every other row is one scenario. */
    public static TableModel scenarios(RawSheet raw) {
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < raw.rows().size(); i++) {
            RowRole role = i == 0 ? RowRole.TITLES : RowRole.RULE;
            TableRow row = new TableRow(i + 1, role, raw.rows().get(i));
            rows.add(row.isBlank() ? new TableRow(i + 1, RowRole.BLANK, row.cells()) : row);
        }
        List<ColumnRole> columns = rows.isEmpty() ? List.of()
                : rows.get(0).cells().stream().map(ColumnRole::ofScenarioHeader).toList();
        return new TableModel(List.of(new TableSheet(raw.name(), columns, rows, width(rows))));
    }

    /**
     * Reads a sheet as Drools does: a {@code RuleSet} row and its settings, then for each {@code
     * RuleTable} row the four header rows under it and the rules until the first blank row.
     */
    private static TableSheet decisionSheet(RawSheet raw) {
        List<TableRow> rows = new ArrayList<>();
        List<ColumnRole> columns = List.of();
        boolean inSettings = false;
        int headerLeft = -1;
        boolean inRules = false;
        for (int i = 0; i < raw.rows().size(); i++) {
            TableRow cells = new TableRow(i + 1, RowRole.OTHER, raw.rows().get(i));
            RowRole role;
            if (cells.isBlank()) {
                role = RowRole.BLANK;
                inSettings = false;
                inRules = false;
            } else if (startsWith(cells, "RuleTable") >= 0) {
                role = RowRole.RULE_TABLE;
                headerLeft = 0;
                inSettings = false;
                inRules = false;
            } else if (headerLeft >= 0) {
                role = TABLE_HEADER.get(headerLeft);
                if (role == RowRole.COLUMN_KINDS && columns.isEmpty()) {
                    columns = columnRoles(cells, startsWith(rowBefore(rows), "RuleTable"));
                }
                headerLeft = headerLeft + 1 < TABLE_HEADER.size() ? headerLeft + 1 : -1;
                inRules = headerLeft < 0;
            } else if (inRules) {
                role = RowRole.RULE;
            } else if (startsWith(cells, "RuleSet") >= 0) {
                role = RowRole.RULE_SET;
                inSettings = true;
            } else {
                role = inSettings ? RowRole.SETTING : RowRole.OTHER;
            }
            rows.add(new TableRow(i + 1, role, cells.cells()));
        }
        return new TableSheet(raw.name(), columns, rows, width(rows));
    }

    private static TableRow rowBefore(List<TableRow> rows) {
        return rows.get(rows.size() - 1);
    }

    /** The column whose cell starts with the keyword, or -1. */
    private static int startsWith(TableRow row, String keyword) {
        for (int c = 0; c < row.cells().size(); c++) {
            if (row.cell(c).strip().startsWith(keyword)) {
                return c;
            }
        }
        return -1;
    }

    /** Each column's keyword from the table's left edge on; the columns left of the table are NONE. */
    private static List<ColumnRole> columnRoles(TableRow kinds, int left) {
        List<ColumnRole> roles = new ArrayList<>();
        for (int c = 0; c < kinds.cells().size(); c++) {
            roles.add(c < left ? ColumnRole.NONE : ColumnRole.ofKeyword(kinds.cell(c)));
        }
        return roles;
    }

    private static int width(List<TableRow> rows) {
        return rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    }
}

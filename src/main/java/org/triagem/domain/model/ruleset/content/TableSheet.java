package org.triagem.domain.model.ruleset.content;

import java.util.List;

/**
 * One sheet of a table, its rows classified.
 *
 * @param name the workbook's sheet name, or empty for a CSV file
 * @param columns what each column holds, from the first table of the sheet (A first)
 * @param width the number of columns of the widest row
 */
public record TableSheet(String name, List<ColumnRole> columns, List<TableRow> rows, int width) {

    public TableSheet {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The analyst's column titles: the first titles row, or empty. */
    public List<String> titles() {
        return rows.stream().filter(r -> r.role() == RowRole.TITLES).findFirst().map(TableRow::cells)
                .orElse(List.of());
    }

    /** The rows that are rules (or scenarios). */
    public List<TableRow> rules() {
        return rows.stream().filter(r -> r.role() == RowRole.RULE).toList();
    }
}

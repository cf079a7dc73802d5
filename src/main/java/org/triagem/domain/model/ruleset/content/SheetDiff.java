package org.triagem.domain.model.ruleset.content;

import java.util.List;

/**
 * The rows that differ in one sheet, with the newer version's column titles and roles to read them by.
 */
public record SheetDiff(String name, Change change, List<String> titles, List<ColumnRole> columns,
        List<RowDiff> rows) {

    public SheetDiff {
        titles = List.copyOf(titles);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}

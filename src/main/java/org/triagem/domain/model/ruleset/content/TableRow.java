package org.triagem.domain.model.ruleset.content;

import java.util.List;

/**
 * One row of a table as the spreadsheet numbers it (the first row is 1), its cells and what it is.
 * Trailing empty cells are dropped, so a row saved with or without them reads the same.
 */
public record TableRow(int number, RowRole role, List<String> cells) {

    public TableRow {
        cells = trimmed(cells);
    }

    /** The cell in a column (0 is A), or empty. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }

    private static List<String> trimmed(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return List.copyOf(cells.subList(0, end));
    }
}

package org.triagem.domain.model.ruleset.content;

import java.util.List;

/**
 * A row added, removed or changed between two versions of a table.
 *
 * @param fromRow the row's number in the older version, 0 when added
 * @param toRow the row's number in the newer version, 0 when removed
 * @param changedColumns for a changed row, the columns whose cells differ (0 is A)
 */
public record RowDiff(Change change, RowRole role, int fromRow, int toRow, List<String> from, List<String> to,
        List<Integer> changedColumns) {

    public RowDiff {
        from = List.copyOf(from);
        to = List.copyOf(to);
        changedColumns = List.copyOf(changedColumns);
    }
}

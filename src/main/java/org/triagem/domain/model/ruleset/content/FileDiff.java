package org.triagem.domain.model.ruleset.content;

import java.util.List;

/**
 * One file compared between two versions: added, removed, changed or unchanged, and for a changed
 * file its differences, by sheet and row for a table, by line for text.
 */
public record FileDiff(String path, RuleFileKind kind, Change change, List<SheetDiff> sheets, List<LineDiff> lines) {

    public FileDiff {
        sheets = List.copyOf(sheets);
        lines = List.copyOf(lines);
    }
}

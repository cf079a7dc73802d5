package org.triagem.domain.model.ruleset.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares two versions' files: tables row by row (a run of removed rows followed by added ones is read
 * as those rows changed, pair by pair, with the cells that differ), text line by line. Rows are compared
 * by their cells only, so a row moved up or down reads as removed in one place and added in the other,
 * as a spreadsheet user would see it.
 */
public final class VersionComparison {

    private VersionComparison() {
    }

    public static VersionDiff compare(long from, Map<String, RuleFileContent> older, long to,
            Map<String, RuleFileContent> newer) {
        TreeSet<String> paths = new TreeSet<>(older.keySet());
        paths.addAll(newer.keySet());
        List<FileDiff> files = new ArrayList<>();
        for (String path : paths) {
            files.add(file(path, Optional.ofNullable(older.get(path)), Optional.ofNullable(newer.get(path))));
        }
        return new VersionDiff(from, to, files);
    }

    static FileDiff file(String path, Optional<RuleFileContent> older, Optional<RuleFileContent> newer) {
        RuleFileKind kind = RuleFileKind.of(path);
        Change change = older.isEmpty() ? Change.ADDED : newer.isEmpty() ? Change.REMOVED
                : older.get().sameBytes(newer.get()) ? Change.UNCHANGED : Change.CHANGED;
        if (change == Change.UNCHANGED) {
            return new FileDiff(path, kind, change, List.of(), List.of());
        }
        RuleFileContent any = newer.orElseGet(older::orElseThrow);
        if (any.tableModel().isPresent()) {
            return new FileDiff(path, kind, change, sheets(older.flatMap(RuleFileContent::tableModel),
                    newer.flatMap(RuleFileContent::tableModel)), List.of());
        }
        return new FileDiff(path, kind, change, List.of(), lines(older.flatMap(RuleFileContent::textContent)
                .orElse(""), newer.flatMap(RuleFileContent::textContent).orElse("")));
    }

    static List<SheetDiff> sheets(Optional<TableModel> older, Optional<TableModel> newer) {
        List<TableSheet> a = older.map(TableModel::sheets).orElse(List.of());
        List<TableSheet> b = newer.map(TableModel::sheets).orElse(List.of());
        List<SheetDiff> sheets = new ArrayList<>();
        for (TableSheet sheet : b) {
            Optional<TableSheet> before = a.stream().filter(s -> s.name().equals(sheet.name())).findFirst();
            sheets.add(sheet(sheet.name(), before, Optional.of(sheet)));
        }
        a.stream().filter(s -> b.stream().noneMatch(n -> n.name().equals(s.name())))
                .forEach(s -> sheets.add(sheet(s.name(), Optional.of(s), Optional.empty())));
        return sheets;
    }

    private static SheetDiff sheet(String name, Optional<TableSheet> older, Optional<TableSheet> newer) {
        List<TableRow> a = older.map(TableSheet::rows).orElse(List.of());
        List<TableRow> b = newer.map(TableSheet::rows).orElse(List.of());
        List<RowDiff> rows = rows(a, b);
        Change change = older.isEmpty() ? Change.ADDED : newer.isEmpty() ? Change.REMOVED
                : rows.isEmpty() ? Change.UNCHANGED : Change.CHANGED;
        TableSheet shown = newer.orElseGet(older::orElseThrow);
        return new SheetDiff(name, change, shown.titles(), shown.columns(), rows);
    }

    /** The rows that differ; removed rows directly followed by added ones are paired as changed. */
    static List<RowDiff> rows(List<TableRow> a, List<TableRow> b) {
        List<RowDiff> rows = new ArrayList<>();
        List<TableRow> removed = new ArrayList<>();
        List<TableRow> added = new ArrayList<>();
        for (Sequences.Step step : Sequences.diff(a, b, (x, y) -> x.cells().equals(y.cells()))) {
            switch (step.op()) {
                case REMOVE -> removed.add(a.get(step.from()));
                case ADD -> added.add(b.get(step.to()));
                case KEEP -> flush(removed, added, rows);
            }
        }
        flush(removed, added, rows);
        return rows;
    }

    private static void flush(List<TableRow> removed, List<TableRow> added, List<RowDiff> rows) {
        int paired = Math.min(removed.size(), added.size());
        for (int i = 0; i < paired; i++) {
            TableRow x = removed.get(i);
            TableRow y = added.get(i);
            rows.add(new RowDiff(Change.CHANGED, y.role(), x.number(), y.number(), x.cells(), y.cells(),
                    changedColumns(x, y)));
        }
        removed.subList(paired, removed.size()).forEach(x -> rows.add(
                new RowDiff(Change.REMOVED, x.role(), x.number(), 0, x.cells(), List.of(), List.of())));
        added.subList(paired, added.size()).forEach(y -> rows.add(
                new RowDiff(Change.ADDED, y.role(), 0, y.number(), List.of(), y.cells(), List.of())));
        removed.clear();
        added.clear();
    }

    private static List<Integer> changedColumns(TableRow x, TableRow y) {
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < Math.max(x.cells().size(), y.cells().size()); c++) {
            if (!x.cell(c).equals(y.cell(c))) {
                columns.add(c);
            }
        }
        return columns;
    }

    /** Every line of the two texts, kept, removed or added, in reading order. */
    static List<LineDiff> lines(String older, String newer) {
        List<String> a = older.isEmpty() ? List.of() : List.of(older.split("\\R", -1));
        List<String> b = newer.isEmpty() ? List.of() : List.of(newer.split("\\R", -1));
        List<LineDiff> lines = new ArrayList<>();
        for (Sequences.Step step : Sequences.diff(a, b, String::equals)) {
            lines.add(switch (step.op()) {
                case KEEP -> new LineDiff(Change.UNCHANGED, step.from() + 1, step.to() + 1, b.get(step.to()));
                case REMOVE -> new LineDiff(Change.REMOVED, step.from() + 1, 0, a.get(step.from()));
                case ADD -> new LineDiff(Change.ADDED, 0, step.to() + 1, b.get(step.to()));
            });
        }
        return lines;
    }
}

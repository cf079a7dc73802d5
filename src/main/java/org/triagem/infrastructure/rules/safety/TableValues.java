package org.triagem.infrastructure.rules.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.triagem.infrastructure.rules.wording.ProblemPlace;
import org.triagem.infrastructure.rules.wording.TableLayout;

/**
 * The decision values a decision table gives, each at its cell: a rule row's value in a column whose
 * template takes that kind of value ({@code decision.assignTo("$param");}), or a value written in the
 * template itself ({@code decision.assignTo("Ouvidoria");}), which any mark in the column applies.
 */
final class TableValues {

    /** A value, its kind, and the cell that holds it. */
    record Found(DecisionValues.Kind kind, String value, ProblemPlace place) {
    }

    private TableValues() {
    }

    static List<Found> in(String path, byte[] content) {
        TableLayout layout;
        try {
            layout = TableLayout.of(TableGrid.read(path, content));
        } catch (RuntimeException e) {
            // The whitelist reports a table it cannot read; there is nothing to look up here.
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        for (TableLayout.RuleTable table : layout.tables()) {
            for (TableLayout.TableColumn column : table.columns()) {
                if (column.isCondition() || column.isAction()) {
                    inColumn(path, table, column, found);
                }
            }
        }
        return found;
    }

    static Set<String> in(String path, byte[] content, DecisionValues.Kind kind) {
        Set<String> values = new TreeSet<>();
        in(path, content).stream().filter(f -> f.kind() == kind).forEach(f -> values.add(f.value()));
        return values;
    }

    private static void inColumn(String path, TableLayout.RuleTable table, TableLayout.TableColumn column,
            List<Found> found) {
        for (DecisionValues.Kind kind : DecisionValues.Kind.values()) {
            if (kind.takes(column.code())) {
                for (int r = table.firstRule(); r <= table.lastRule(); r++) {
                    String value = table.sheet().cell(r, column.index()).strip();
                    if (!value.isEmpty()) {
                        found.add(new Found(kind, value, ProblemPlace.cell(path, table, r, column.index())));
                    }
                }
            } else {
                ProblemPlace template = ProblemPlace.cell(path, table, table.codeRow(), column.index());
                literals(kind, column.code()).forEach(v -> found.add(new Found(kind, v, template)));
            }
        }
    }

    private static List<String> literals(DecisionValues.Kind kind, String code) {
        if (kind == DecisionValues.Kind.DEPARTMENT) {
            return DepartmentLiterals.in(code).stream().map(DepartmentLiterals.Found::department)
                    .filter(d -> !d.contains("$")).toList();
        }
        List<String> values = new ArrayList<>();
        kind.literal().ifPresent(p -> {
            Matcher m = p.matcher(code);
            while (m.find()) {
                if (!m.group(1).contains("$")) {
                    values.add(m.group(1).strip());
                }
            }
        });
        return values;
    }
}

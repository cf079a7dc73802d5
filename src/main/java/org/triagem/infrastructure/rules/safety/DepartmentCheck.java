package org.triagem.infrastructure.rules.safety;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.triagem.domain.model.catalogue.Catalogue;
import org.triagem.infrastructure.rules.RuleProblem;
import org.triagem.infrastructure.rules.RuleSetFiles;

/**
 * Every department an uploaded rules tree can send a case to must be in the managed list of departments:
 * a rule that routes to "Logistica" would make a department nobody staffs. The departments are found as
 * data, never by running anything: in a decision table, the cells of an ACTION column whose code calls
 * {@code assignTo} or {@code moveTo}; in DRL, the text literals passed to those verbs
 * ({@link DepartmentLiterals}). A department given by an expression rather than a literal is not known
 * before the rule runs; the routing fallback catches it then. Problems name the file and the table row or
 * DRL line, in pt-BR like the whitelist's.
 */
public final class DepartmentCheck {

    private static final int COLUMN_KINDS = 1;
    private static final int CODE = 3;
    private static final int FIRST_RULE = 5;

    private final Catalogue departments;

    public DepartmentCheck(Catalogue departments) {
        this.departments = departments;
    }

    /** Every department the tree names that the list does not accept, by file and row or line. */
    public List<RuleProblem> problemsIn(RuleSetFiles tree) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : tree.files().entrySet()) {
            String path = file.getKey();
            if (path.endsWith(".drl")) {
                for (DepartmentLiterals.Found f : DepartmentLiterals.in(new String(file.getValue(), StandardCharsets.UTF_8))) {
                    refusal(f.department()).ifPresent(m -> problems.add(new RuleProblem(path, f.line(), m)));
                }
            } else {
                problems.addAll(inTable(path, file.getValue()));
            }
        }
        return problems;
    }

    private List<RuleProblem> inTable(String path, byte[] content) {
        TableGrid grid;
        try {
            grid = TableGrid.read(path, content);
        } catch (RuntimeException e) {
            // The whitelist reports a table it cannot read; there is nothing to look up here.
            return List.of();
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (TableGrid.SheetCells sheet : grid.sheets()) {
            for (int r = 0; r < sheet.rows().size(); r++) {
                for (int c = 0; c < sheet.width(r); c++) {
                    if (sheet.cell(r, c).strip().toLowerCase(Locale.ROOT).startsWith("ruletable")) {
                        inRuleTable(path, sheet, r, c, problems);
                    }
                }
            }
        }
        return problems;
    }

    private void inRuleTable(String path, TableGrid.SheetCells sheet, int top, int left, List<RuleProblem> problems) {
        List<Integer> used = new ArrayList<>();
        List<Integer> departmentColumns = new ArrayList<>();
        for (int c = left; c < sheet.width(top + COLUMN_KINDS); c++) {
            String kind = sheet.cell(top + COLUMN_KINDS, c).strip().toUpperCase(Locale.ROOT);
            if (kind.isEmpty()) {
                continue;
            }
            used.add(c);
            if (kind.equals("ACTION") || kind.equals("A")) {
                String code = sheet.cell(top + CODE, c);
                List<DepartmentLiterals.Found> literal = DepartmentLiterals.in(code);
                if (literal.stream().anyMatch(f -> f.department().contains("$param"))) {
                    departmentColumns.add(c);
                } else {
                    // A department written in the template itself, applied by any mark in the cell.
                    int row = top + CODE + 1;
                    literal.forEach(f -> refusal(f.department())
                            .ifPresent(m -> problems.add(atRow(path, row, m))));
                }
            }
        }
        for (int r = top + FIRST_RULE; r < sheet.rows().size(); r++) {
            int row = r;
            if (used.stream().allMatch(c -> sheet.cell(row, c).isBlank())) {
                break; // the table ends at its first empty row, as Drools reads it
            }
            for (int c : departmentColumns) {
                String department = sheet.cell(r, c).strip();
                if (!department.isEmpty()) {
                    refusal(department).ifPresent(m -> problems.add(atRow(path, row + 1, m)));
                }
            }
        }
    }

    private Optional<String> refusal(String department) {
        if (departments.accepts(department)) {
            return Optional.empty();
        }
        String known = String.join(", ", departments.activeCodes());
        boolean retired = departments.find(department).isPresent();
        return Optional.of(Refusals.text(retired ? "department.retired" : "department.unknown", department, known));
    }

    private static RuleProblem atRow(String path, int row, String message) {
        return new RuleProblem(path, row, Refusals.text("table.row", row, message));
    }
}

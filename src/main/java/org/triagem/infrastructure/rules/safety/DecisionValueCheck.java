package org.triagem.infrastructure.rules.safety;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.triagem.domain.model.catalogue.Catalogue;
import org.triagem.infrastructure.rules.RuleProblem;
import org.triagem.infrastructure.rules.RuleSetFiles;
import org.triagem.infrastructure.rules.wording.ProblemPlace;

/**
 * Every department, priority and category an uploaded tree's rules give or test must be one the server
 * knows ({@link DecisionValues}), before any scenario runs: a rule that routes to "Logistca" would make a
 * queue nobody staffs, and only a scenario that happens to cover its row would notice. The values are read
 * as data, never by running anything: in a decision table, the cells of a column whose template takes such
 * a value; in DRL, the text literals given to the verbs and compared with the fields. A value given by an
 * expression is not known before the rule runs; the routing fallback catches a department then. Problems
 * name the file and the cell (sheet, row, column) or the DRL line and column, in pt-BR, with the closest
 * known value when one is near.
 */
public final class DecisionValueCheck {

    private final Catalogue departments;
    private final RuleSetFiles deployed;

    /** Checks against the managed department list and the deployed rules' categories. */
    public DecisionValueCheck(Catalogue departments, RuleSetFiles deployed) {
        this.departments = departments;
        this.deployed = deployed;
    }

    /** Every value the tree names that is not known, by file and cell or line. */
    public List<RuleProblem> problemsIn(RuleSetFiles tree) {
        DecisionValues values = DecisionValues.of(departments, deployed, tree);
        List<RuleProblem> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : tree.files().entrySet()) {
            String path = file.getKey();
            if (path.endsWith(".drl")) {
                inDrl(path, new String(file.getValue(), StandardCharsets.UTF_8), values, problems);
            } else {
                for (TableValues.Found f : TableValues.in(path, file.getValue())) {
                    values.refusal(f.kind(), f.value()).ifPresent(m -> problems.add(f.place().problem(m, "")));
                }
            }
        }
        return problems;
    }

    private static void inDrl(String path, String drl, DecisionValues values, List<RuleProblem> problems) {
        for (DepartmentLiterals.Found f : DepartmentLiterals.in(drl)) {
            values.refusal(DecisionValues.Kind.DEPARTMENT, f.department())
                    .ifPresent(m -> problems.add(ProblemPlace.drl(path, f.line(), 0, null).problem(m, "")));
        }
        String[] lines = drl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String code = withoutComment(lines[i]);
            for (DecisionValues.Kind kind : DecisionValues.Kind.values()) {
                if (kind.literal().isEmpty()) {
                    continue;
                }
                Matcher m = kind.literal().get().matcher(code);
                while (m.find()) {
                    int line = i + 1;
                    int column = m.start(1) + 1;
                    values.refusal(kind, m.group(1).strip()).ifPresent(message -> problems.add(
                            ProblemPlace.drl(path, line, column, null).problem(message, "")));
                }
            }
        }
    }

    /** The line up to a {@code //} comment: a value named in a comment is no value (a URL in a string is cut too, harmlessly). */
    private static String withoutComment(String line) {
        int comment = line.indexOf("//");
        String code = comment < 0 ? line : line.substring(0, comment);
        return code.strip().startsWith("#") || code.strip().startsWith("*") ? "" : code;
    }
}

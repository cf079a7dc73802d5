package org.triagem.infrastructure.rules.wording;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triagem.infrastructure.rules.RuleProblem;
import org.triagem.infrastructure.rules.RuleSetFiles;

/**
 * The Drools compiler's messages for one rules tree, as problems the analyst can act on: placed at the
 * DRL file's own line and column, or at the decision table's cell ({@link TableTrace}), and said in pt-BR
 * ({@link CompilerText}), with the compiler's text kept as the detail.
 */
public final class CompilerMessages {

    private final RuleSetFiles tree;
    private final Map<String, Optional<TableTrace>> traces = new HashMap<>();

    public CompilerMessages(RuleSetFiles tree) {
        this.tree = tree;
    }

    /** One compiler message about {@code path} (relative to the tree) at a line of its DRL (0 if none). */
    public RuleProblem problem(String path, int line, String text) {
        CompilerText message = new CompilerText(text);
        ProblemPlace place;
        if (isTable(path)) {
            place = traces.computeIfAbsent(path, p -> TableTrace.of(p, tree.files().get(p)))
                    .map(t -> t.place(line, message)).orElseGet(() -> ProblemPlace.drl(path, 0, 0, null));
        } else {
            int column = message.column();
            place = ProblemPlace.drl(path, line > 0 ? line : message.line(), column >= 0 ? column + 1 : 0,
                    message.rule().orElse(null));
        }
        // A template is shared by every row of its column: fixing it is what makes them all compile.
        String hint = place.template() ? ". " + AnalystTexts.portuguese().text("template.hint") : "";
        return place.problem(message.what() + hint, text);
    }

    /**
     * The problems without repeats: a slip in a column's template fails every row that uses it, and is one
     * problem, at the template's cell. Drools' closing "Parser returned a null Package" only repeats that a
     * file has errors, so it is dropped where the file has others.
     */
    public static List<RuleProblem> tidy(List<RuleProblem> problems) {
        Map<String, RuleProblem> distinct = new LinkedHashMap<>();
        for (RuleProblem p : problems) {
            distinct.putIfAbsent(p.file() + "\u0000" + p.sheet() + "\u0000" + p.line() + "\u0000" + p.column()
                    + "\u0000" + p.message(), p);
        }
        List<RuleProblem> kept = new ArrayList<>();
        for (RuleProblem p : distinct.values()) {
            boolean echo = p.detail().contains(CompilerText.NULL_PACKAGE) && distinct.values().stream()
                    .anyMatch(o -> o != p && o.file().equals(p.file()));
            if (!echo) {
                kept.add(p);
            }
        }
        return kept;
    }

    public static boolean isTable(String path) {
        return path.endsWith(".drl.csv") || path.endsWith(".drl.xlsx") || path.endsWith(".drl.xls");
    }
}

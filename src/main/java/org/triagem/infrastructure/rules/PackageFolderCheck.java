package org.triagem.infrastructure.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.triagem.domain.model.routing.DecisionStage;

/**
 * Finds rule files whose package is not their folder's name, or that sit outside the decision folders.
 * Drools compiles such a file without complaint, but its rules belong to no decision and silently
 * never run: the most common way an analyst's change "does nothing".
 */
final class PackageFolderCheck {

    private static final Pattern DRL_PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");

    private PackageFolderCheck() {
    }

    static List<RuleProblem> problemsIn(RuleSetFiles tree) {
        List<RuleProblem> problems = new ArrayList<>();
        tree.files().forEach((path, content) -> check(path, content).ifPresent(problems::add));
        return problems;
    }

    private static Optional<RuleProblem> check(String path, byte[] content) {
        int slash = path.indexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash);
        if (Arrays.stream(DecisionStage.values()).noneMatch(s -> s.folder().equals(folder))) {
            return Optional.of(new RuleProblem(path, 0, "is not in a decision folder ("
                    + String.join(", ", Arrays.stream(DecisionStage.values()).map(DecisionStage::folder).toList())
                    + "), so its rules would never run"));
        }
        return declaredPackage(path, content)
                .filter(declared -> !declared.equals(folder))
                .map(declared -> new RuleProblem(path, 1, "declares package \"" + declared + "\" but is in folder \""
                        + folder + "\"; the package (or the RuleSet cell of a table) must be the folder's name, "
                        + "or its rules never run"));
    }

    /** The declared package, or empty when it cannot be read (the compiler then reports the file itself). */
    private static Optional<String> declaredPackage(String path, byte[] content) {
        try {
            String drl = path.endsWith(".drl") ? new String(content, StandardCharsets.UTF_8) : tableAsDrl(path, content);
            Matcher m = DRL_PACKAGE.matcher(drl);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static String tableAsDrl(String path, byte[] content) {
        InputType type = path.endsWith(".csv") ? InputType.CSV : InputType.XLS;
        return new SpreadsheetCompiler().compile(new ByteArrayInputStream(content), type);
    }
}

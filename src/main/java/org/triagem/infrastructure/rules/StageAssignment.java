package org.triagem.infrastructure.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.triagem.domain.model.routing.DecisionStage;

/**
 * Finds intake rules that would run outside their own stage. The four intake folders share one session
 * and a rule runs only while the session is focused on its folder's ruleflow group (which Drools treats
 * as an agenda group), so a rule that names another ruleflow group would fire in the wrong stage or
 * never, and an auto-focus rule would grab the focus from whichever stage is running. (A rule's own
 * {@code agenda-group} is harmless: the folder's ruleflow group takes precedence over it.)
 */
final class StageAssignment {

    private StageAssignment() {
    }

    static List<RuleProblem> problemsIn(KieBase intake, Set<DecisionStage> stages, RuleSetFiles tree) {
        List<RuleProblem> problems = new ArrayList<>();
        for (DecisionStage stage : stages) {
            KiePackage pkg = intake.getKiePackage(stage.folder());
            if (pkg == null) {
                continue;
            }
            for (Rule rule : pkg.getRules()) {
                RuleImpl impl = (RuleImpl) rule;
                String file = fileOf(impl, tree);
                if (!stage.folder().equals(impl.getAgendaGroup())) {
                    problems.add(new RuleProblem(file, 0, "rule \"" + rule.getName() + "\" names ruleflow group \""
                            + impl.getAgendaGroup() + "\", but the rules of folder \"" + stage.folder()
                            + "\" run in the " + stage.folder() + " stage: remove its ruleflow-group"));
                } else if (impl.getAutoFocus()) {
                    problems.add(new RuleProblem(file, 0, "rule \"" + rule.getName() + "\" has auto-focus, which would"
                            + " run it outside the " + stage.folder() + " stage: remove auto-focus"));
                }
            }
        }
        return problems;
    }

    /** The analyst's file the rule came from, as the tree names it. */
    private static String fileOf(RuleImpl rule, RuleSetFiles tree) {
        String source = rule.getResource() == null ? null : rule.getResource().getSourcePath();
        if (source == null) {
            return rule.getPackageName() + "/";
        }
        return tree.files().keySet().stream().filter(source::endsWith).findFirst().orElse(source);
    }
}

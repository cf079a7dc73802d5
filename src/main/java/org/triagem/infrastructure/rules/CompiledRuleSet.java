package org.triagem.infrastructure.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.Decision;

/**
 * One compiled, immutable version of the analysts' rules. Thread-safe: every evaluation opens new
 * stateless sessions on the shared KieBases.
 */
public class CompiledRuleSet {

    static final String DECISION_GLOBAL = "decision";

    private final String version;
    private final String checksum;
    private final Map<DecisionStage, KieBase> bases;

    CompiledRuleSet(String version, String checksum, Map<DecisionStage, KieBase> bases) {
        this.version = version;
        this.checksum = checksum;
        this.bases = Map.copyOf(bases);
    }

    /** Runs the intake decisions in order and reports which rules fired. */
    public Evaluation evaluate(Complaint complaint) {
        Decision decision = new Decision();
        List<String> fired = new ArrayList<>();
        for (DecisionStage stage : DecisionStage.AT_INTAKE) {
            KieBase base = bases.get(stage);
            if (base == null) {
                continue;
            }
            StatelessKieSession session = base.newStatelessKieSession();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            if (declaresDecisionGlobal(base)) {
                // Decision tables name the worksheet as the global "decision", since a table row
                // cannot bind a pattern that has no condition cells.
                session.setGlobal(DECISION_GLOBAL, decision);
            }
            session.execute(List.of(complaint, decision));
        }
        return new Evaluation(decision, List.copyOf(fired));
    }

    private static boolean declaresDecisionGlobal(KieBase base) {
        return base.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(DECISION_GLOBAL)));
    }

    public boolean has(DecisionStage stage) {
        return bases.containsKey(stage);
    }

    public String version() {
        return version;
    }

    public String checksum() {
        return checksum;
    }

    /** The filled-in decision and the names of the rules that fired, in firing order. */
    public record Evaluation(Decision decision, List<String> firedRules) {
    }
}

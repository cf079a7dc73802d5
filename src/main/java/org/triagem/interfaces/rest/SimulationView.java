package org.triagem.interfaces.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.triagem.application.ComplaintSimulation;
import org.triagem.domain.model.routing.Decision;
import org.triagem.domain.model.routing.DecisionStage;
import org.triagem.domain.model.routing.Explanation;

/**
 * What a version would decide for a sample complaint: the final decision and, rule set by rule set in
 * the order they run, what each decided and the rules that fired, in firing order. For an earlier case,
 * {@code earlierCase} is how it was decided when it came in (null for a described complaint).
 */
public record SimulationView(String ruleSetVersion, Outcome decision, List<Stage> ruleSets, List<String> firedRules,
        ComplaintSimulation.EarlierDecision earlierCase) {

    /** The whole decision. SLA values are null when the rules left them undecided. */
    public record Outcome(String category, Set<String> tags, String department, String priority,
            Integer firstResponseMinutes, Integer resolutionMinutes, Integer legalDays) {
    }

    /** One rule set (decision folder): what it decided, by field, and which of its rules fired. */
    public record Stage(String ruleSet, Map<String, Object> decided, List<String> firedRules) {
    }

    static SimulationView of(ComplaintSimulation.Simulated simulated) {
        SimulationView view = of(simulated.explanation());
        return new SimulationView(view.ruleSetVersion(), view.decision(), view.ruleSets(), view.firedRules(),
                simulated.earlier().orElse(null));
    }

    static SimulationView of(Explanation explanation) {
        Decision d = explanation.decision();
        Outcome outcome = new Outcome(d.getCategory(), Set.copyOf(d.getTags()), d.getDepartment(),
                d.getPriority() == null ? null : d.getPriority().name(),
                d.getSlaTargets() == null ? null : d.getSlaTargets().firstResponseMinutes(),
                d.getSlaTargets() == null ? null : d.getSlaTargets().resolutionMinutes(),
                d.getSlaTargets() == null ? null : d.getSlaTargets().legalDays());
        List<Stage> stages = explanation.stages().stream()
                .map(s -> new Stage(s.stage().folder(), decidedBy(s.stage(), outcome), s.firedRules())).toList();
        return new SimulationView(explanation.ruleSetVersion(), outcome, stages, explanation.firedRules(), null);
    }

    private static Map<String, Object> decidedBy(DecisionStage stage, Outcome o) {
        Map<String, Object> decided = new LinkedHashMap<>();
        switch (stage) {
            case CLASSIFICATION -> {
                decided.put("category", o.category());
                decided.put("tags", new TreeSet<>(o.tags()));
            }
            case OWNERSHIP -> decided.put("department", o.department());
            case PRIORITY -> decided.put("priority", o.priority());
            case SLA -> {
                decided.put("firstResponseMinutes", o.firstResponseMinutes());
                decided.put("resolutionMinutes", o.resolutionMinutes());
                decided.put("legalDays", o.legalDays());
            }
            case ESCALATION -> {
                // runs at SLA checkpoints, never at intake
            }
        }
        return decided;
    }
}

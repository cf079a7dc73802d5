package org.triagem.infrastructure.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.routing.Checkpoint;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.Decision;
import org.triagem.domain.model.routing.EscalationRules;
import org.triagem.domain.model.routing.SlaTargetRules;
import org.triagem.domain.model.sla.SlaTargets;

/**
 * The {@code escalation} and {@code sla} rule sets of the active version, asked after intake. An
 * unavailable rule set throws: the sweeper leaves the checkpoint for a later round rather than firing it
 * without a decision.
 */
@ApplicationScoped
public class DroolsEscalationRules implements EscalationRules, SlaTargetRules {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    ActiveRuleSet ruleSet;

    @Override
    public Outcome decide(Checkpoint checkpoint) {
        CompiledRuleSet.EscalationEvaluation e = ruleSet.current(PATIENCE).escalate(checkpoint);
        return new Outcome(e.decision(), e.firedRules());
    }

    @Override
    public SlaTargets targetsFor(Complaint complaint, String category, Set<String> tags, String department,
            Priority priority, SlaTargets current) {
        Decision decided = new Decision();
        if (category != null) {
            decided.classifyAs(category);
        }
        tags.forEach(decided::tag);
        decided.assignTo(department);
        decided.prioritize(priority);
        SlaTargets targets = ruleSet.current(PATIENCE).decideSla(complaint, decided).decision().getSlaTargets();
        return targets == null ? current : targets;
    }
}

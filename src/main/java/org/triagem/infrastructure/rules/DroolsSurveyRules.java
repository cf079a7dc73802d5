package org.triagem.infrastructure.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.triagem.domain.model.routing.RecoveryRules;
import org.triagem.domain.model.routing.ResolvedCase;
import org.triagem.domain.model.routing.SurveyResponse;
import org.triagem.domain.model.routing.SurveyRules;

/**
 * The {@code survey} rule set of the active version, asked when a case is resolved and when a poor
 * answer comes in. It waits only
 * briefly for the first build: a resolution must not hang on the rules, and an unavailable rule set
 * throws so the caller can decide to send no survey rather than fail the resolution.
 */
@ApplicationScoped
public class DroolsSurveyRules implements SurveyRules, RecoveryRules {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    @Inject
    ActiveRuleSet ruleSet;

    @Override
    public SurveyRules.Outcome decide(ResolvedCase resolved) {
        CompiledRuleSet.SurveyEvaluation e = ruleSet.current(PATIENCE).survey(resolved);
        return new SurveyRules.Outcome(e.decision(), e.firedRules());
    }

    @Override
    public RecoveryRules.Outcome recover(SurveyResponse response) {
        CompiledRuleSet.RecoveryEvaluation e = ruleSet.current(PATIENCE).recover(response);
        return new RecoveryRules.Outcome(e.decision(), e.firedRules());
    }
}

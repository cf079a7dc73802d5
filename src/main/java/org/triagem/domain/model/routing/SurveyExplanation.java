package org.triagem.domain.model.routing;

import java.util.List;
import java.util.Objects;

/**
 * Why a rule-set version would or would not survey a resolved case: the filled-in survey worksheet and
 * the rules that fired, in order. What analysts see when they simulate a resolved case.
 *
 * @param ruleSetVersion the label of the version that decided
 */
public record SurveyExplanation(String ruleSetVersion, SurveyDecision decision, List<String> firedRules) {

    public SurveyExplanation {
        Objects.requireNonNull(ruleSetVersion);
        Objects.requireNonNull(decision);
        firedRules = List.copyOf(firedRules);
    }
}

package org.triagem.domain.model.routing;

import java.util.List;
import java.util.Objects;

/**
 * Why a rule-set version decides a complaint as it does: the filled-in worksheet and, stage by stage in
 * the order they run, the rules that fired. What analysts see when they simulate a sample complaint.
 *
 * @param ruleSetVersion the label of the version that decided ({@code v3 sha256:0123456789abcdef})
 */
public record Explanation(String ruleSetVersion, Decision decision, List<StageFirings> stages) {

    public Explanation {
        Objects.requireNonNull(ruleSetVersion);
        Objects.requireNonNull(decision);
        stages = List.copyOf(stages);
    }

    /** Every rule that fired, stage after stage, in firing order. */
    public List<String> firedRules() {
        return stages.stream().flatMap(s -> s.firedRules().stream()).toList();
    }
}

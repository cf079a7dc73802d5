package org.triagem.infrastructure.rules;

import org.triagem.domain.model.routing.DecisionStage;

/**
 * A decision kept firing rules past the firing cap: almost always a rule that changes a fact it also
 * matches on, so it matches again forever. The session was halted; the decision is unusable.
 */
public class RuleLoopException extends RuntimeException {

    private final DecisionStage stage;
    private final int firingCap;
    private final String lastRule;

    RuleLoopException(DecisionStage stage, int firingCap, String lastRule) {
        super("the " + stage.folder() + " rules fired more than " + firingCap
                + " times for one decision and were stopped; the last rule to fire was \"" + lastRule
                + "\", which probably matches again what it changes");
        this.stage = stage;
        this.firingCap = firingCap;
        this.lastRule = lastRule;
    }

    public DecisionStage stage() {
        return stage;
    }

    public int firingCap() {
        return firingCap;
    }

    public String lastRule() {
        return lastRule;
    }
}

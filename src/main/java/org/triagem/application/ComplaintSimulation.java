package org.triagem.application;

import java.util.Optional;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.routing.Explanation;

/**
 * What a rule-set version would decide for a complaint, with no case opened or changed: the analysts'
 * way to foresee a change before and after they make it. A described customer is looked up as intake
 * would look them up (their open cases count), so a simulation sees the customer intake would see.
 */
public interface ComplaintSimulation {

    /**
     * Decides the sample with the given version (the active one when empty) and explains the decision.
     *
     * @throws CaseNotFoundException if the sample names an earlier case that does not exist
     * @throws org.triagem.domain.model.ruleset.UnknownRuleSetVersionException if there is no such version
     */
    Simulated simulate(SimulationSample sample, Optional<Long> version);

    /** The decision, and for an earlier case what it was decided when it was taken in. */
    record Simulated(Explanation explanation, Optional<EarlierDecision> earlier) {
    }

    /** How an earlier case was routed when it came in: to compare with what it would get now. */
    record EarlierDecision(String protocol, String department, String priority, String category,
            String ruleSetVersion) {

        public static EarlierDecision of(Case c) {
            return new EarlierDecision(c.protocol().value(), c.routing().department(),
                    c.routing().priority() == null ? null : c.routing().priority().name(), c.routing().category(),
                    c.routing().ruleSetVersion());
        }
    }
}

package org.triagem.domain.model.routing;

import java.util.List;

/** The port through which the application asks the analysts' {@code survey} rules about a resolved case. */
public interface SurveyRules {

    /** The filled-in worksheet and the rules that fired, in order. */
    Outcome decide(ResolvedCase resolved);

    /** What the rules decided and which of them fired. */
    record Outcome(SurveyDecision decision, List<String> firedRules) {
        public Outcome {
            firedRules = List.copyOf(firedRules);
        }
    }
}

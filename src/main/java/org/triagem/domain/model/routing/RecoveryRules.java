package org.triagem.domain.model.routing;

import java.util.List;

/** The port through which the application asks the {@code survey} rules what a poor answer sets off. */
public interface RecoveryRules {

    Outcome recover(SurveyResponse response);

    /** What the rules decided and which of them fired. */
    record Outcome(RecoveryDecision decision, List<String> firedRules) {
        public Outcome {
            firedRules = List.copyOf(firedRules);
        }
    }
}

package org.triagem.domain.model.routing;

import java.util.List;

/** The port through which the sweeper asks the analysts' {@code escalation} rules what to do at a checkpoint. */
public interface EscalationRules {

    /** The filled-in worksheet and the rules that fired, in order. Waits briefly for the first rule build. */
    Outcome decide(Checkpoint checkpoint);

    /** What the rules decided and which of them fired. */
    record Outcome(EscalationDecision decision, List<String> firedRules) {
        public Outcome {
            firedRules = List.copyOf(firedRules);
        }
    }
}

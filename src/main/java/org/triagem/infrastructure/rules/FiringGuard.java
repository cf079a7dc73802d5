package org.triagem.infrastructure.rules;

import java.util.List;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.triagem.domain.model.routing.DecisionStage;

/**
 * Records the rules that fire in each decision stage of one session and halts the session once a stage
 * passes the firing cap, so that a looping rule ends in a clear {@link RuleLoopException} instead of a
 * hung intake thread. The cap counts per stage: one session runs several stages, and each may fire its
 * own few dozen rules.
 */
final class FiringGuard extends DefaultAgendaEventListener {

    private final int firingCap;
    private DecisionStage stage;
    private List<String> fired;
    private int firings;
    private String lastRule;

    FiringGuard(int firingCap) {
        this.firingCap = firingCap;
    }

    /** Counts from zero again, recording the firings of {@code next} in {@code firedInStage}. */
    void begin(DecisionStage next, List<String> firedInStage) {
        this.stage = next;
        this.fired = firedInStage;
        this.firings = 0;
        this.lastRule = null;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        lastRule = event.getMatch().getRule().getName();
        firings++;
        if (firings > firingCap) {
            ((KieSession) event.getKieRuntime()).halt();
            return;
        }
        fired.add(lastRule);
    }

    /** @throws RuleLoopException when the current stage was halted for passing the cap */
    void check() {
        if (firings > firingCap) {
            throw new RuleLoopException(stage, firingCap, lastRule);
        }
    }
}

package org.triagem.infrastructure.rules;

import java.util.List;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Records the rules that fire in one session and halts the session once they pass the firing cap, so
 * that a looping rule ends in a clear {@link RuleLoopException} instead of a hung intake thread.
 */
final class FiringGuard extends DefaultAgendaEventListener {

    private final DecisionStage stage;
    private final int firingCap;
    private final List<String> fired;
    private int firings;
    private String lastRule;

    FiringGuard(DecisionStage stage, int firingCap, List<String> fired) {
        this.stage = stage;
        this.firingCap = firingCap;
        this.fired = fired;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        lastRule = event.getMatch().getRule().getName();
        firings++;
        if (firings > firingCap) {
            // A stateless session runs on a KieSession underneath; halting it ends fireAllRules.
            ((KieSession) event.getKieRuntime()).halt();
            return;
        }
        fired.add(lastRule);
    }

    /** @throws RuleLoopException when the session was halted for passing the cap */
    void check() {
        if (firings > firingCap) {
            throw new RuleLoopException(stage, firingCap, lastRule);
        }
    }
}

package org.triagem.infrastructure.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;
import org.triagem.domain.model.routing.Checkpoint;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.Decision;
import org.triagem.domain.model.routing.EscalationDecision;

/**
 * One compiled, immutable version of the analysts' rules. Thread-safe: every evaluation opens new
 * stateless sessions on the shared KieBases. Each session may fire at most {@link #firingCap()} rules;
 * past that it is halted and a {@link RuleLoopException} says which rule looped.
 */
public class CompiledRuleSet {

    /** Far above what a sane decision fires (a few dozen), far below what hangs a request. */
    public static final int DEFAULT_FIRING_CAP = 1000;

    static final String DECISION_GLOBAL = "decision";
    static final String ESCALATION_GLOBAL = "escalation";

    private final String version;
    private final String checksum;
    private final Map<DecisionStage, KieBase> bases;
    private final int firingCap;
    private final Map<DecisionStage, Set<String>> globals;

    CompiledRuleSet(String version, String checksum, Map<DecisionStage, KieBase> bases, int firingCap) {
        if (firingCap < 1) {
            throw new IllegalArgumentException("the firing cap must be at least 1");
        }
        this.version = version;
        this.checksum = checksum;
        this.bases = Map.copyOf(bases);
        this.firingCap = firingCap;
        // Read once: the packages' globals never change, and every decision asks for each stage.
        this.globals = this.bases.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> e.getValue().getKiePackages().stream().flatMap(p -> p.getGlobalVariables().stream())
                        .map(g -> g.getName()).collect(Collectors.toUnmodifiableSet())));
    }

    /** Runs the intake decisions in order and reports which rules fired. */
    public Evaluation evaluate(Complaint complaint) {
        Decision decision = new Decision();
        List<String> fired = new ArrayList<>();
        for (DecisionStage stage : DecisionStage.AT_INTAKE) {
            // Decision tables name the worksheet as the global "decision", since a table row
            // cannot bind a pattern that has no condition cells.
            run(stage, DECISION_GLOBAL, decision, List.of(complaint, decision), fired);
        }
        return new Evaluation(decision, List.copyOf(fired));
    }

    /**
     * Like {@link #evaluate}, but tells which rules fired in each decision stage, for analysts who
     * simulate a complaint.
     */
    public Explanation explain(Complaint complaint) {
        Decision decision = new Decision();
        List<StageFirings> stages = new ArrayList<>();
        for (DecisionStage stage : DecisionStage.AT_INTAKE) {
            List<String> fired = new ArrayList<>();
            run(stage, DECISION_GLOBAL, decision, List.of(complaint, decision), fired);
            stages.add(new StageFirings(stage, List.copyOf(fired)));
        }
        return new Explanation(decision, List.copyOf(stages));
    }

    /**
     * Runs only the {@code sla} stage on a worksheet already filled in (category, tags, department,
     * priority): the targets after a change of priority or department.
     */
    public Evaluation decideSla(Complaint complaint, Decision decided) {
        List<String> fired = new ArrayList<>();
        run(DecisionStage.SLA, DECISION_GLOBAL, decided, List.of(complaint, decided), fired);
        return new Evaluation(decided, List.copyOf(fired));
    }

    /**
     * Asks the escalation rules what to do at a due SLA checkpoint. Never runs at intake. With no
     * escalation rules the answer is "nothing".
     */
    public EscalationEvaluation escalate(Checkpoint checkpoint) {
        EscalationDecision decision = new EscalationDecision(checkpoint);
        List<String> fired = new ArrayList<>();
        run(DecisionStage.ESCALATION, ESCALATION_GLOBAL, decision, List.of(checkpoint, decision), fired);
        return new EscalationEvaluation(decision, List.copyOf(fired));
    }

    private void run(DecisionStage stage, String globalName, Object worksheet, List<Object> facts,
            List<String> fired) {
        KieBase base = bases.get(stage);
        if (base == null) {
            return;
        }
        StatelessKieSession session = base.newStatelessKieSession();
        FiringGuard guard = new FiringGuard(stage, firingCap, fired);
        session.addEventListener(guard);
        if (globals.get(stage).contains(globalName)) {
            session.setGlobal(globalName, worksheet);
        }
        session.execute(facts);
        guard.check();
    }

    public boolean has(DecisionStage stage) {
        return bases.containsKey(stage);
    }

    public String version() {
        return version;
    }

    public String checksum() {
        return checksum;
    }

    /** How many rules one decision stage may fire before it is stopped as a loop. */
    public int firingCap() {
        return firingCap;
    }

    /** The filled-in decision and the names of the rules that fired, in firing order. */
    public record Evaluation(Decision decision, List<String> firedRules) {
    }

    /** The rules one decision stage fired, in order. */
    public record StageFirings(DecisionStage stage, List<String> firedRules) {
    }

    /** The filled-in decision and, stage by stage, the rules that fired. */
    public record Explanation(Decision decision, List<StageFirings> stages) {
    }

    /** The filled-in escalation worksheet and the names of the rules that fired, in firing order. */
    public record EscalationEvaluation(EscalationDecision decision, List<String> firedRules) {
    }
}

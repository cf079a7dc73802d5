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
import org.triagem.domain.model.routing.Mention;

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
    private final Map<DecisionStage, Stage> stages;
    private final int firingCap;

    CompiledRuleSet(String version, String checksum, Map<DecisionStage, KieBase> bases, int firingCap) {
        if (firingCap < 1) {
            throw new IllegalArgumentException("the firing cap must be at least 1");
        }
        this.version = version;
        this.checksum = checksum;
        this.firingCap = firingCap;
        this.stages = bases.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Stage.of(e.getValue())));
    }

    /**
     * What one decision stage needs per call, prepared once per version: its KieBase, the globals its
     * packages declare, and the phrases its rules look for.
     *
     * <p>Why not Drools' session pool ({@code KieBase.newKieSessionsPool}), which would save building a
     * working memory per stage: in Drools 10.2 a pooled session, once reset and reused a few times, lets
     * two rows of one activation group fire (a table's first-match-wins breaks), which
     * {@code MentionFactsTest} catches. A new stateless session per stage is correct and costs a few
     * microseconds.
     */
    private record Stage(KieBase base, Set<String> globals, PhraseVocabulary phrases) {

        static Stage of(KieBase base) {
            Set<String> globals = base.getKiePackages().stream().flatMap(p -> p.getGlobalVariables().stream())
                    .map(g -> g.getName()).collect(Collectors.toUnmodifiableSet());
            return new Stage(base, globals, PhraseVocabulary.of(base));
        }
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
        Stage compiled = stages.get(stage);
        if (compiled == null) {
            return;
        }
        StatelessKieSession session = compiled.base().newStatelessKieSession();
        FiringGuard guard = new FiringGuard(stage, firingCap, fired);
        session.addEventListener(guard);
        if (compiled.globals().contains(globalName)) {
            session.setGlobal(globalName, worksheet);
        }
        session.execute(withMentions(compiled, facts));
        guard.check();
    }

    /** The facts plus, for a stage whose rules look for phrases, the phrases the complaint mentions. */
    private static List<Object> withMentions(Stage stage, List<Object> facts) {
        if (stage.phrases().isEmpty() || !(facts.get(0) instanceof Complaint complaint)) {
            return facts;
        }
        List<Mention> mentions = stage.phrases().mentionsIn(complaint);
        if (mentions.isEmpty()) {
            return facts;
        }
        List<Object> all = new ArrayList<>(facts.size() + mentions.size());
        all.addAll(facts);
        all.addAll(mentions);
        return all;
    }

    /** How many distinct phrases a stage's rules look for with {@code Mention( phrase == ... )}. */
    int phrasesLookedForIn(DecisionStage stage) {
        Stage compiled = stages.get(stage);
        return compiled == null ? 0 : compiled.phrases().size();
    }

    public boolean has(DecisionStage stage) {
        return stages.containsKey(stage);
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

package org.triagem.infrastructure.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.triagem.domain.model.routing.Checkpoint;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.Decision;
import org.triagem.domain.model.routing.DecisionStage;
import org.triagem.domain.model.routing.EscalationDecision;
import org.triagem.domain.model.routing.Explanation;
import org.triagem.domain.model.routing.Mention;
import org.triagem.domain.model.routing.RecoveryDecision;
import org.triagem.domain.model.routing.ResolvedCase;
import org.triagem.domain.model.routing.StageFirings;
import org.triagem.domain.model.routing.SurveyDecision;
import org.triagem.domain.model.routing.SurveyResponse;

/**
 * One compiled, immutable version of the analysts' rules. Thread-safe: every evaluation opens a new
 * session on the shared KieBases. Each decision stage may fire at most {@link #firingCap()} rules; past
 * that the session is halted and a {@link RuleLoopException} says which rule looped.
 *
 * <p>The four intake stages share one KieBase and run in <b>one</b> session per complaint, each stage an
 * agenda group (a ruleflow group) named after its folder ({@link RuleSetCompiler} puts every rule of a
 * folder in it): the
 * session is focused on one stage at a time, and the worksheet is {@code update}d between stages so the
 * next stage's constraints see what the earlier ones decided. A session per stage would be simpler to
 * reason about, but building one costs about as much as all of a stage's rules, and the intake decision
 * would pay it four times.
 */
public class CompiledRuleSet {

    /** Far above what a sane decision fires (a few dozen), far below what hangs a request. */
    public static final int DEFAULT_FIRING_CAP = 1000;

    static final String DECISION_GLOBAL = "decision";
    static final String ESCALATION_GLOBAL = "escalation";
    static final String SURVEY_GLOBAL = "survey";
    static final String RECOVERY_GLOBAL = "recovery";

    private final String version;
    private final String checksum;
    private final Optional<Base> intake;
    private final Set<DecisionStage> intakeStages;
    private final Optional<Base> escalation;
    private final Optional<Base> survey;
    private final int firingCap;

    CompiledRuleSet(String version, String checksum, KieBase intake, Set<DecisionStage> intakeStages,
            KieBase escalation, KieBase survey, int firingCap) {
        if (firingCap < 1) {
            throw new IllegalArgumentException("the firing cap must be at least 1");
        }
        this.version = version;
        this.checksum = checksum;
        this.firingCap = firingCap;
        this.intakeStages = intakeStages.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(intakeStages));
        this.intake = this.intakeStages.isEmpty() ? Optional.empty() : Optional.of(Base.of(intake));
        this.escalation = Optional.ofNullable(escalation).map(Base::of);
        this.survey = Optional.ofNullable(survey).map(Base::of);
    }

    private CompiledRuleSet(CompiledRuleSet built, String version) {
        this.version = version;
        this.checksum = built.checksum;
        this.firingCap = built.firingCap;
        this.intakeStages = built.intakeStages;
        this.intake = built.intake;
        this.escalation = built.escalation;
        this.survey = built.survey;
    }

    /** The same compiled rules under another version label (the KieBases are shared, never copied). */
    CompiledRuleSet withVersion(String label) {
        return label.equals(version) ? this : new CompiledRuleSet(this, label);
    }

    /**
     * What a session on one KieBase needs, prepared once per version: the base, the globals its packages
     * declare, and the phrases its rules look for.
     *
     * <p>Why not Drools' session pool ({@code KieBase.newKieSessionsPool}), which would save building a
     * working memory per complaint: in Drools 10.2 a pooled session, once reset and reused a few times,
     * lets two rows of one activation group fire (a table's first-match-wins breaks), which
     * {@code MentionFactsTest} catches. A new session per complaint is correct and costs a few
     * microseconds.
     */
    private record Base(KieBase base, Set<String> globals, PhraseVocabulary phrases) {

        static Base of(KieBase base) {
            Set<String> globals = base.getKiePackages().stream().flatMap(p -> p.getGlobalVariables().stream())
                    .map(g -> g.getName()).collect(Collectors.toUnmodifiableSet());
            return new Base(base, globals, PhraseVocabulary.of(base));
        }
    }

    /** Runs the intake decisions in order and reports which rules fired. */
    public Evaluation evaluate(Complaint complaint) {
        Decision decision = new Decision();
        List<String> fired = new ArrayList<>();
        decideAtIntake(complaint, decision, DecisionStage.AT_INTAKE, stage -> fired);
        return new Evaluation(decision, List.copyOf(fired));
    }

    /**
     * Like {@link #evaluate}, but tells which rules fired in each decision stage, for analysts who
     * simulate a complaint.
     */
    public Explanation explain(Complaint complaint) {
        Decision decision = new Decision();
        Map<DecisionStage, List<String>> byStage = new EnumMap<>(DecisionStage.class);
        decideAtIntake(complaint, decision, DecisionStage.AT_INTAKE,
                stage -> byStage.computeIfAbsent(stage, s -> new ArrayList<>()));
        List<StageFirings> stages = DecisionStage.AT_INTAKE.stream()
                .map(stage -> new StageFirings(stage, List.copyOf(byStage.getOrDefault(stage, List.of()))))
                .toList();
        return new Explanation(version, decision, stages);
    }

    /**
     * Runs only the {@code sla} stage on a worksheet already filled in (category, tags, department,
     * priority): the targets after a change of priority or department.
     */
    public Evaluation decideSla(Complaint complaint, Decision decided) {
        List<String> fired = new ArrayList<>();
        decideAtIntake(complaint, decided, List.of(DecisionStage.SLA), stage -> fired);
        return new Evaluation(decided, List.copyOf(fired));
    }

    /**
     * Asks the escalation rules what to do at a due SLA checkpoint. Never runs at intake. With no
     * escalation rules the answer is "nothing".
     */
    public EscalationEvaluation escalate(Checkpoint checkpoint) {
        EscalationDecision decision = new EscalationDecision(checkpoint);
        List<String> fired = new ArrayList<>();
        escalation.ifPresent(base -> inSession(base, ESCALATION_GLOBAL, decision, (session, guard) -> {
            session.insert(checkpoint);
            session.insert(decision);
            guard.begin(DecisionStage.ESCALATION, fired);
            session.fireAllRules();
            guard.check();
        }));
        return new EscalationEvaluation(decision, List.copyOf(fired));
    }

    /**
     * Asks the survey rules whether a just-resolved case gets a survey, and which questions. With no
     * survey rules the answer is "no survey".
     */
    public SurveyEvaluation survey(ResolvedCase resolved) {
        SurveyDecision decision = new SurveyDecision();
        List<String> fired = new ArrayList<>();
        survey.ifPresent(base -> inSession(base, SURVEY_GLOBAL, decision, (session, guard) -> {
            session.insert(resolved);
            session.insert(decision);
            guard.begin(DecisionStage.SURVEY, fired);
            session.fireAllRules();
            guard.check();
        }));
        return new SurveyEvaluation(decision, List.copyOf(fired));
    }

    /**
     * Asks the survey folder's recovery rules what a just-recorded poor answer sets off. The same KieBase
     * as {@link #survey}: a recovery rule matches a {@link SurveyResponse}, which a survey decision never
     * inserts, and the other way round.
     */
    public RecoveryEvaluation recover(SurveyResponse response) {
        RecoveryDecision decision = new RecoveryDecision();
        List<String> fired = new ArrayList<>();
        survey.ifPresent(base -> inSession(base, RECOVERY_GLOBAL, decision, (session, guard) -> {
            session.insert(response);
            session.insert(decision);
            guard.begin(DecisionStage.SURVEY, fired);
            session.fireAllRules();
            guard.check();
        }));
        return new RecoveryEvaluation(decision, List.copyOf(fired));
    }

    /** One session for the given intake stages, in order, the worksheet re-read between them. */
    private void decideAtIntake(Complaint complaint, Decision decision, List<DecisionStage> order,
            Function<DecisionStage, List<String>> firedIn) {
        if (intake.isEmpty()) {
            return;
        }
        Base base = intake.get();
        inSession(base, DECISION_GLOBAL, decision, (session, guard) -> {
            session.insert(complaint);
            FactHandle worksheet = session.insert(decision);
            for (Mention mention : base.phrases().mentionsIn(complaint)) {
                session.insert(mention);
            }
            boolean first = true;
            for (DecisionStage stage : order) {
                if (!intakeStages.contains(stage)) {
                    continue;
                }
                if (!first) {
                    // Rules change the worksheet without `modify` (their stage never matches on what it
                    // writes); the next stage must see it, so the engine re-reads it here.
                    session.update(worksheet, decision);
                }
                first = false;
                guard.begin(stage, firedIn.apply(stage));
                session.getAgenda().getAgendaGroup(stage.folder()).setFocus();
                session.fireAllRules();
                guard.check();
            }
        });
    }

    /** What one decision does inside its session, under the guard that caps its firings. */
    @FunctionalInterface
    private interface SessionWork {
        void run(KieSession session, FiringGuard guard);
    }

    /**
     * A new session of the base, guarded, with the worksheet as its global when the rules name one
     * (a table row cannot bind a pattern that has no condition cells), disposed whatever happens.
     */
    private void inSession(Base base, String global, Object worksheet, SessionWork work) {
        KieSession session = base.base().newKieSession();
        try {
            FiringGuard guard = new FiringGuard(firingCap);
            session.addEventListener(guard);
            if (base.globals().contains(global)) {
                session.setGlobal(global, worksheet);
            }
            work.run(session, guard);
        } finally {
            session.dispose();
        }
    }

    /** How many distinct phrases the intake rules look for with {@code Mention( phrase == ... )}. */
    int phrasesLookedForAtIntake() {
        return intake.map(base -> base.phrases().size()).orElse(0);
    }

    public boolean has(DecisionStage stage) {
        return switch (stage) {
            case ESCALATION -> escalation.isPresent();
            case SURVEY -> survey.isPresent();
            default -> intakeStages.contains(stage);
        };
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

    /** The filled-in escalation worksheet and the names of the rules that fired, in firing order. */
    public record EscalationEvaluation(EscalationDecision decision, List<String> firedRules) {
    }

    /** The filled-in recovery worksheet and the names of the rules that fired, in firing order. */
    public record RecoveryEvaluation(RecoveryDecision decision, List<String> firedRules) {
    }

    /** The filled-in survey worksheet and the names of the rules that fired, in firing order. */
    public record SurveyEvaluation(SurveyDecision decision, List<String> firedRules) {
    }
}

package org.triagem.infrastructure.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.runtime.KieContainer;
import org.triagem.domain.model.routing.DecisionStage;
import org.triagem.infrastructure.rules.wording.CompilerMessages;

/**
 * Compiles a rules tree into a {@link CompiledRuleSet}: one KieBase for the four intake folders, each
 * folder's rules in a ruleflow group of its own (an agenda group, to the engine) so that
 * {@link CompiledRuleSet} runs them stage by stage in one session, and one KieBase for escalation, which
 * runs at SLA checkpoints, never at intake, and one for survey, which runs when a case is resolved.
 *
 * <p>Analysts do not write the group: a generated file per intake folder sets it as the package's default
 * attribute, which every rule of that package inherits ({@code ruleflow-group}, not the deprecated
 * {@code agenda-group}). A rule that names another ruleflow group, or auto-focus, would run out of its
 * stage, so the build rejects it ({@link StageAssignment}).
 */
public class RuleSetCompiler {

    private static final String RESOURCES = "src/main/resources/";
    private static final String INTAKE_BASE = "intake";
    /** Never a name of the analysts' tree: {@link RuleSetFiles} skips "~$" files (Office lock files). */
    private static final String STAGE_FILE = "~$triagem-stage.drl";
    private static final AtomicLong BUILDS = new AtomicLong();

    private final int firingCap;

    /** A compiler whose rule sets stop a decision after {@link CompiledRuleSet#DEFAULT_FIRING_CAP} firings. */
    public RuleSetCompiler() {
        this(CompiledRuleSet.DEFAULT_FIRING_CAP);
    }

    /** A compiler whose rule sets stop a decision stage after {@code firingCap} rule firings. */
    public RuleSetCompiler(int firingCap) {
        if (firingCap < 1) {
            throw new IllegalArgumentException("the firing cap must be at least 1");
        }
        this.firingCap = firingCap;
    }

    /**
     * @throws RuleSetCompilationException listing every error, with file and line; a file whose package
     *     is not its folder is an error too, since its rules would silently never run
     */
    public CompiledRuleSet compile(RuleSetFiles tree) {
        return compile(tree, tree.versionLabel());
    }

    /**
     * Compiles a stored version; cases it routes record {@code versionLabel}, such as
     * {@code v3 sha256:0123456789abcdef}.
     *
     * @throws RuleSetCompilationException listing every error, with file and line
     */
    public CompiledRuleSet compile(RuleSetFiles tree, String versionLabel) {
        List<RuleProblem> misplaced = PackageFolderCheck.problemsIn(tree);
        if (!misplaced.isEmpty()) {
            throw new RuleSetCompilationException(misplaced);
        }
        KieServices ks = KieServices.get();
        // A fresh release id per build: the KieRepository caches modules by id.
        ReleaseId releaseId = ks.newReleaseId("org.triagem.rules", "ruleset-" + tree.checksum().substring(0, 16),
                "1.0." + BUILDS.incrementAndGet());
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        kfs.writeKModuleXML(moduleFor(ks).toXML());
        tree.files().forEach((path, content) -> kfs.write(RESOURCES + path, content));
        Set<DecisionStage> intakeStages = EnumSet.noneOf(DecisionStage.class);
        for (DecisionStage stage : DecisionStage.AT_INTAKE) {
            if (hasFilesFor(tree, stage)) {
                intakeStages.add(stage);
                kfs.write(RESOURCES + stage.folder() + "/" + STAGE_FILE, stageFile(stage));
            }
        }

        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new RuleSetCompilationException(problemsOf(errors, tree));
        }
        KieContainer container = ks.newKieContainer(releaseId);
        KieBase intake = intakeStages.isEmpty() ? null : container.getKieBase(INTAKE_BASE);
        if (intake != null) {
            List<RuleProblem> outOfStage = StageAssignment.problemsIn(intake, intakeStages, tree);
            if (!outOfStage.isEmpty()) {
                throw new RuleSetCompilationException(outOfStage);
            }
        }
        KieBase escalation = hasFilesFor(tree, DecisionStage.ESCALATION)
                ? container.getKieBase(DecisionStage.ESCALATION.folder()) : null;
        KieBase survey = hasFilesFor(tree, DecisionStage.SURVEY)
                ? container.getKieBase(DecisionStage.SURVEY.folder()) : null;
        return new CompiledRuleSet(versionLabel, tree.checksum(), intake, intakeStages, escalation, survey,
                firingCap);
    }

    private static KieModuleModel moduleFor(KieServices ks) {
        KieModuleModel module = ks.newKieModuleModel();
        KieBaseModel intake = module.newKieBaseModel(INTAKE_BASE);
        DecisionStage.AT_INTAKE.forEach(stage -> intake.addPackage(stage.folder()));
        module.newKieBaseModel(DecisionStage.ESCALATION.folder()).addPackage(DecisionStage.ESCALATION.folder());
        module.newKieBaseModel(DecisionStage.SURVEY.folder()).addPackage(DecisionStage.SURVEY.folder());
        return module;
    }

    /** The package default that puts every rule of the folder in the stage's group. */
    private static String stageFile(DecisionStage stage) {
        return "package " + stage.folder() + ";\n\nruleflow-group \"" + stage.folder() + "\"\n";
    }

    private static boolean hasFilesFor(RuleSetFiles tree, DecisionStage stage) {
        return tree.files().keySet().stream().anyMatch(p -> p.startsWith(stage.folder() + "/"));
    }

    /**
     * A problem in a decision table is reported at the table's cell, not at the line of the DRL that Drools
     * generated from it, which the analyst never sees; every problem is said in the analyst's words.
     */
    private static List<RuleProblem> problemsOf(List<Message> errors, RuleSetFiles tree) {
        CompilerMessages wording = new CompilerMessages(tree);
        return CompilerMessages.tidy(errors.stream().map(m -> wording.problem(
                m.getPath() == null ? "" : m.getPath().replaceFirst("^" + RESOURCES, ""), m.getLine(), m.getText()))
                .toList());
    }
}

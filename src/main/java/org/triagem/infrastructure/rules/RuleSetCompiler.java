package org.triagem.infrastructure.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles a rules tree into a {@link CompiledRuleSet}: one KieBase per decision folder, each holding
 * only the files of its folder, so the five decisions stay independent and run in a fixed order.
 */
public class RuleSetCompiler {

    private static final String RESOURCES = "src/main/resources/";
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

        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new RuleSetCompilationException(errors.stream().map(m -> toProblem(m, tree)).toList());
        }
        KieContainer container = ks.newKieContainer(releaseId);
        Map<DecisionStage, org.kie.api.KieBase> bases = new EnumMap<>(DecisionStage.class);
        for (DecisionStage stage : DecisionStage.values()) {
            if (hasFilesFor(tree, stage)) {
                bases.put(stage, container.getKieBase(stage.folder()));
            }
        }
        return new CompiledRuleSet(versionLabel, tree.checksum(), bases, firingCap);
    }

    private static KieModuleModel moduleFor(KieServices ks) {
        KieModuleModel module = ks.newKieModuleModel();
        for (DecisionStage stage : DecisionStage.values()) {
            KieBaseModel base = module.newKieBaseModel(stage.folder()).addPackage(stage.folder());
            base.newKieSessionModel(stage.folder() + "-session")
                    .setType(org.kie.api.builder.model.KieSessionModel.KieSessionType.STATELESS);
        }
        return module;
    }

    private static boolean hasFilesFor(RuleSetFiles tree, DecisionStage stage) {
        return tree.files().keySet().stream().anyMatch(p -> p.startsWith(stage.folder() + "/"));
    }

    /**
     * A problem in a decision table is reported at the table's row, not at the line of the DRL that Drools
     * generated from it, which the analyst never sees.
     */
    private static RuleProblem toProblem(Message m, RuleSetFiles tree) {
        String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^" + RESOURCES, "");
        if (DecisionTablePositions.isTable(path)) {
            Optional<Integer> row = DecisionTablePositions.rowOf(path, tree.files().get(path), m.getLine(),
                    m.getText());
            if (row.isPresent()) {
                return new RuleProblem(path, row.get(), "row " + row.get() + " of the table: " + m.getText());
            }
        }
        return new RuleProblem(path, m.getLine(), m.getText());
    }
}

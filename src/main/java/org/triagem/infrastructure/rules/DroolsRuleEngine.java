package org.triagem.infrastructure.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.application.RuleEngine;
import org.triagem.domain.model.catalogue.CatalogueKind;
import org.triagem.domain.model.catalogue.Catalogues;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.Explanation;
import org.triagem.domain.model.routing.ResolvedCase;
import org.triagem.domain.model.routing.SurveyExplanation;
import org.triagem.domain.model.ruleset.BuildVerdict;
import org.triagem.domain.model.ruleset.CompileProblem;
import org.triagem.domain.model.ruleset.ProposedTree;
import org.triagem.domain.model.ruleset.ScenarioMismatch;
import org.triagem.domain.model.ruleset.StoredTree;
import org.triagem.infrastructure.rules.safety.DecisionValueCheck;
import org.triagem.infrastructure.rules.safety.UploadedRulesCheck;

/**
 * Drools behind the {@link RuleEngine} port. Compiling takes seconds, so compiled versions are kept by
 * number ({@link CompiledVersions}); a version's files never change once stored, so a kept one never
 * goes stale. The version this node decides with is held by {@link ActiveRuleSet}, which intake, the
 * escalation sweeper and the survey rules read too.
 */
@ApplicationScoped
public class DroolsRuleEngine implements RuleEngine {

    private static final Logger LOG = Logger.getLogger(DroolsRuleEngine.class.getName());
    private static final Duration FIRST_BUILD_PATIENCE = Duration.ofSeconds(30);

    private final CompiledVersions cache = new CompiledVersions();
    private RuleSetCompiler compiler = new RuleSetCompiler();
    private RuleSetVetting vetting = new RuleSetVetting(compiler);

    @Inject
    ActiveRuleSet active;

    /** The departments an upload's rules may send cases to. */
    @Inject
    Catalogues catalogues;

    /** The deployed rules directory: its catalogue and its files are what an upload is checked against. */
    @Inject
    @ConfigProperty(name = "triagem.rules.dir")
    String rulesDir;

    public DroolsRuleEngine() {
        // for CDI
    }

    /** An engine outside the container, compiling with {@code compiler} (tests count its builds). */
    DroolsRuleEngine(RuleSetCompiler compiler, ActiveRuleSet active, Path rulesDir, Catalogues catalogues) {
        this.compiler = compiler;
        this.vetting = new RuleSetVetting(compiler);
        this.active = active;
        this.rulesDir = rulesDir.toString();
        this.catalogues = catalogues;
    }

    @Override
    public BuildVerdict build(StoredTree version, ProposedTree.Source source) {
        RuleSetArchive candidate = RuleSetArchive.fromZip(version.zip());
        List<RuleProblem> refused = source == ProposedTree.Source.UPLOAD ? refusals(candidate.rules()) : List.of();
        RuleSetVetting.Verdict verdict = refused.isEmpty() ? vetting.vet(candidate, version.label())
                : RuleSetVetting.Verdict.refused(refused);
        if (verdict.compiles()) {
            cache.put(version.number(), verdict.compiled());
        }
        return new BuildVerdict(
                verdict.problems().stream().map(p -> new CompileProblem(p.file(), p.sheet(), p.line(), p.column(),
                        p.message(), p.detail())).toList(),
                verdict.failures().stream().map(f -> new ScenarioMismatch(f.file(), f.row(), f.field(),
                        f.expected(), f.actual())).toList());
    }

    /**
     * Why an upload may not be compiled: the whitelist's findings, and every department, priority or category
     * its rules name that the server does not know (the department list, {@code Priority}, the categories of
     * the deployed and the uploaded classification), in all of its files, the unchanged ones too: a department
     * retired since would route cases nowhere. Both are reported at once.
     */
    private List<RuleProblem> refusals(RuleSetFiles rules) {
        List<RuleProblem> problems = new ArrayList<>(UploadedRulesCheck.against(Path.of(rulesDir)).problemsIn(rules));
        Path deployed = Path.of(rulesDir);
        problems.addAll(new DecisionValueCheck(catalogues.current(CatalogueKind.DEPARTMENT),
                deployed.toFile().isDirectory() ? RuleSetFiles.readFrom(deployed) : new RuleSetFiles(Map.of()))
                .problemsIn(rules));
        return problems;
    }

    @Override
    public void prepare(StoredTree version) {
        compiled(version);
    }

    @Override
    public void install(StoredTree version) {
        active.install(version.number(), compiled(version));
    }

    @Override
    public OptionalLong installedNumber() {
        return active.activeNumber();
    }

    @Override
    public void startupFinished() {
        EarlyBuild.drop();
        if (!active.isReady()) {
            active.failedToStart(new IllegalStateException("no valid rule-set version is active"));
        }
    }

    @Override
    public void startupFailed(RuntimeException cause) {
        active.failedToStart(cause);
    }

    @Override
    public Explanation explain(Complaint complaint, Optional<StoredTree> version) {
        return rules(version).explain(complaint);
    }

    @Override
    public SurveyExplanation explainSurvey(ResolvedCase resolved, Optional<StoredTree> version) {
        CompiledRuleSet rules = rules(version);
        CompiledRuleSet.SurveyEvaluation e = rules.survey(resolved);
        return new SurveyExplanation(rules.version(), e.decision(), e.firedRules());
    }

    /** The given version, or the one this node decides with (waiting a while for the first build). */
    private CompiledRuleSet rules(Optional<StoredTree> version) {
        return version.isPresent() ? compiled(version.get()) : active.current(FIRST_BUILD_PATIENCE);
    }

    private CompiledRuleSet compiled(StoredTree version) {
        return cache.computeIfAbsent(version.number(), n -> {
            long start = System.nanoTime();
            RuleSetFiles tree = RuleSetArchive.fromZip(version.zip()).rules();
            Optional<CompiledRuleSet> early = EarlyBuild.take(tree.checksum(), version.label());
            CompiledRuleSet built = early.orElseGet(() -> compiler.compile(tree, version.label()));
            // The first build in a fresh JVM is most of the time from start to readiness.
            LOG.info(() -> "rule set " + version.label() + (early.isPresent() ? " taken from the early build after "
                    : " compiled in ") + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
            return built;
        });
    }
}

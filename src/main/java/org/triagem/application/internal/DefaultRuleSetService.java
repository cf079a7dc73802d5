package org.triagem.application.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.application.RuleSetService;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.ruleset.CompileProblem;
import org.triagem.domain.model.ruleset.RuleSetNotActivatableException;
import org.triagem.domain.model.ruleset.RuleSetVersion;
import org.triagem.domain.model.ruleset.RuleSetVersions;
import org.triagem.domain.model.ruleset.ScenarioMismatch;
import org.triagem.domain.model.ruleset.UnknownRuleSetVersionException;
import org.triagem.infrastructure.rules.ActiveRuleSet;
import org.triagem.infrastructure.rules.BadRuleSetArchiveException;
import org.triagem.infrastructure.rules.CompiledRuleSet;
import org.triagem.infrastructure.rules.EarlyBuild;
import org.triagem.infrastructure.rules.RuleProblem;
import org.triagem.infrastructure.rules.RuleSetArchive;
import org.triagem.infrastructure.rules.RuleSetCompiler;
import org.triagem.infrastructure.rules.RuleSetFiles;
import org.triagem.infrastructure.rules.RuleSetVetting;
import org.triagem.infrastructure.rules.safety.UploadedRulesCheck;

/**
 * Rule-set versions in the database. Compiling takes seconds, so compiled versions are cached by
 * number; a version's files never change once stored, so the cache never goes stale.
 */
@ApplicationScoped
public class DefaultRuleSetService implements RuleSetService {

    private static final Logger LOG = Logger.getLogger(DefaultRuleSetService.class.getName());
    private static final Duration FIRST_BUILD_PATIENCE = Duration.ofSeconds(30);
    static final String SYSTEM = "system";

    private final RuleSetCompiler compiler = new RuleSetCompiler();
    private final RuleSetVetting vetting = new RuleSetVetting(compiler);
    private final CompiledVersions cache = new CompiledVersions();

    @Inject
    RuleSetVersions versions;

    @Inject
    ActiveRuleSet active;

    @Inject
    RuleSetFollower follower;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "triagem.rules.dir")
    String rulesDir;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Override
    @Transactional
    public RuleSetVersion propose(byte[] zip, String author, String comment) {
        RuleSetArchive candidate = RuleSetArchive.fromZip(zip);
        Path dir = Path.of(rulesDir);
        if (Files.isDirectory(dir)) {
            candidate = candidate.withScenariosFrom(RuleSetArchive.readFrom(dir));
        }
        return store(candidate, author, comment, Origin.UPLOAD);
    }

    @Override
    @Transactional
    public RuleSetVersion proposeChanges(Map<String, byte[]> files, Optional<Long> base, String author,
            String comment) {
        long baseNumber = base.or(versions::activeNumber).orElseThrow(() -> new BadRuleSetArchiveException(
                "there is no active version to change yet; propose a whole tree"));
        RuleSetArchive candidate = RuleSetArchive.fromZip(find(baseNumber).files()).withReplaced(files);
        String note = "based on version " + baseNumber + ", replacing " + String.join(", ", files.keySet());
        return store(candidate, author, comment == null || comment.isBlank() ? note : comment + " (" + note + ")",
                Origin.UPLOAD);
    }

    @Override
    @Transactional
    public RuleSetVersion activate(long number, String actor, String overrideReason) {
        return activate(find(number), actor, overrideReason);
    }

    @Override
    @Transactional
    public List<RuleSetVersion> versions() {
        return versions.all();
    }

    @Override
    @Transactional
    public RuleSetVersion version(long number) {
        return find(number);
    }

    @Override
    @Transactional
    public Optional<Long> activeNumber() {
        return versions.activeNumber();
    }

    @Override
    @Transactional
    public DiskReload reloadFromDisk(String actor) {
        RuleSetArchive disk = RuleSetArchive.readFrom(Path.of(rulesDir));
        Optional<RuleSetVersion> current = versions.activeNumber().flatMap(versions::find);
        if (current.isPresent() && current.get().checksum().equals(disk.rules().checksum())) {
            return new DiskReload(Optional.empty(), false);
        }
        RuleSetVersion proposed = store(disk, actor, "reloaded from the rules directory", Origin.DEPLOYED_DIRECTORY);
        if (!proposed.isGreen()) {
            return new DiskReload(Optional.of(proposed), false);
        }
        return new DiskReload(Optional.of(activate(proposed, actor, null)), true);
    }

    @Override
    @Transactional
    public void seedFromDiskIfEmpty() {
        // Nodes starting together queue here, so only the first one seeds.
        versions.lockActivePointer();
        if (!versions.isEmpty()) {
            return;
        }
        RuleSetVersion first = store(RuleSetArchive.readFrom(Path.of(rulesDir)), SYSTEM,
                "seeded from the rules directory at first start", Origin.DEPLOYED_DIRECTORY);
        if (first.isValid()) {
            // The tree on disk is what ran before versions existed: start with it even if a scenario
            // is red, and say so in the record.
            activate(first, SYSTEM, first.isGreen() ? null : "first start: the rules directory as deployed");
        }
    }

    @Override
    @Transactional
    public CompiledRuleSet compiled(long number) {
        return compiled(find(number));
    }

    @Override
    @Transactional
    public Simulation simulate(Complaint complaint, Optional<Long> version) {
        CompiledRuleSet rules = version.isPresent() ? compiled(version.get()) : active.current(FIRST_BUILD_PATIENCE);
        return new Simulation(rules.version(), rules.explain(complaint));
    }

    @Override
    public SurveySimulation simulateSurvey(org.triagem.domain.model.routing.ResolvedCase resolved,
            Optional<Long> version) {
        CompiledRuleSet rules = version.isPresent() ? compiled(version.get()) : active.current(FIRST_BUILD_PATIENCE);
        CompiledRuleSet.SurveyEvaluation e = rules.survey(resolved);
        return new SurveySimulation(rules.version(), e.decision(), e.firedRules());
    }

    /**
     * Where a candidate comes from decides whether it is checked before it compiles. An upload (a zip, or
     * files replaced in a stored version) is analyst content: it passes {@link UploadedRulesCheck} first, and
     * a refused one is stored with its problems, invalid, so it never compiles, activates or simulates. The
     * deployed rules directory is reviewed like code (docs/security.md), so a reload from it, though an
     * analyst may trigger it, compiles what is there; {@code UploadedDrlCheckTest} keeps the shipped tree
     * passing the check anyway.
     */
    private enum Origin {
        UPLOAD,
        DEPLOYED_DIRECTORY
    }

    private RuleSetVersion store(RuleSetArchive candidate, String author, String comment, Origin origin) {
        RuleSetVersion version = new RuleSetVersion(candidate.toZip(), candidate.rules().checksum(), author, comment,
                now());
        versions.add(version);
        List<RuleProblem> refused = origin == Origin.UPLOAD
                ? UploadedRulesCheck.against(Path.of(rulesDir)).problemsIn(candidate.rules()) : List.of();
        RuleSetVetting.Verdict verdict = refused.isEmpty() ? vetting.vet(candidate, version.label())
                : RuleSetVetting.Verdict.refused(refused);
        version.markValidated(
                verdict.problems().stream().map(p -> new CompileProblem(p.file(), p.line(), p.message())).toList(),
                verdict.failures().stream().map(f -> new ScenarioMismatch(f.file(), f.row(), f.field(),
                        f.expected(), f.actual())).toList(),
                now());
        if (verdict.compiles()) {
            cache.put(version.number(), verdict.compiled());
        }
        LOG.info(() -> "rule set " + version.label() + " proposed: " + verdict.problems().size()
                + " compile problem(s), " + verdict.failures().size() + " scenario failure(s)");
        return version;
    }

    private RuleSetVersion activate(RuleSetVersion version, String actor, String overrideReason) {
        version.activate(actor, now(), overrideReason);
        CompiledRuleSet rules = compiled(version);
        versions.pointActiveAt(version, version.lastActivatedBy(), now());
        long number = version.number();
        // This node switches as soon as the pointer is committed; the others on their next poll.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    follower.install(number, rules);
                }
            }
        });
        LOG.info(() -> "rule set " + version.label() + " activated"
                + (version.isGreen() ? "" : " with a recorded override"));
        return version;
    }

    private CompiledRuleSet compiled(RuleSetVersion version) {
        if (!version.isValid()) {
            throw new RuleSetNotActivatableException("version " + version.number() + " does not compile");
        }
        return cache.computeIfAbsent(version.number(), n -> {
            long start = System.nanoTime();
            RuleSetFiles tree = RuleSetArchive.fromZip(version.files()).rules();
            Optional<CompiledRuleSet> early = EarlyBuild.take(tree.checksum(), version.label());
            CompiledRuleSet built = early.orElseGet(() -> compiler.compile(tree, version.label()));
            // The first build in a fresh JVM is most of the time from start to readiness.
            LOG.info(() -> "rule set " + version.label() + (early.isPresent() ? " taken from the early build after "
                    : " compiled in ") + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
            return built;
        });
    }

    private RuleSetVersion find(long number) {
        return versions.find(number).orElseThrow(() -> new UnknownRuleSetVersionException(number));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

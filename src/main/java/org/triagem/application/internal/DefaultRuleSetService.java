package org.triagem.application.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.application.RuleEngine;
import org.triagem.application.RuleSetService;
import org.triagem.application.RuleTrees;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.Explanation;
import org.triagem.domain.model.routing.ResolvedCase;
import org.triagem.domain.model.routing.SurveyExplanation;
import org.triagem.domain.model.ruleset.BadRuleSetArchiveException;
import org.triagem.domain.model.ruleset.BuildVerdict;
import org.triagem.domain.model.ruleset.ProposedTree;
import org.triagem.domain.model.ruleset.RuleSetNotActivatableException;
import org.triagem.domain.model.ruleset.RuleSetVersion;
import org.triagem.domain.model.ruleset.RuleSetVersions;
import org.triagem.domain.model.ruleset.ScenarioRemoval;
import org.triagem.domain.model.ruleset.StoredTree;
import org.triagem.domain.model.ruleset.UnknownRuleSetVersionException;

/**
 * Rule-set versions in the database. The trees come from {@link RuleTrees}, and the {@link RuleEngine}
 * builds, installs and explains them; this service owns the versions' records, the transactions and the
 * cluster-wide pointer to the active one.
 */
@ApplicationScoped
class DefaultRuleSetService implements RuleSetService {

    private static final Logger LOG = Logger.getLogger(DefaultRuleSetService.class.getName());
    static final String SYSTEM = "system";

    @Inject
    RuleSetVersions versions;

    @Inject
    RuleTrees trees;

    @Inject
    RuleEngine engine;

    @Inject
    RuleSetFollower follower;

    @Inject
    Clock clock;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /**
     * Whether a red version also needs a second analyst's approval before it activates: a Liberty
     * variable, off by default ({@code TRIAGEM_RULES_SECOND_APPROVAL=true} turns it on).
     */
    @Inject
    @ConfigProperty(name = "triagem.rules.second-approval", defaultValue = "false")
    boolean secondApproval;

    @Override
    @Transactional
    public Proposal submit(byte[] zip, String author, String comment, ScenarioRemoval removal) {
        return storeUnlessKnown(trees.uploaded(zip, serverScenarios(), removal), author, comment, removal);
    }

    @Override
    @Transactional
    public Proposal submitChanges(Map<String, byte[]> files, Optional<Long> base, String author, String comment,
            ScenarioRemoval removal) {
        long baseNumber = base.or(versions::activeNumber).orElseThrow(() -> new BadRuleSetArchiveException(
                "there is no active version to change yet; propose a whole tree"));
        ProposedTree candidate = trees.changed(find(baseNumber).files(), files, serverScenarios(), removal);
        String note = "based on version " + baseNumber + ", replacing " + String.join(", ", files.keySet());
        return storeUnlessKnown(candidate, author,
                comment == null || comment.isBlank() ? note : comment + " (" + note + ")", removal);
    }

    @Override
    @Transactional
    public RuleSetVersion approve(long number, String approver) {
        RuleSetVersion version = find(number);
        version.approve(approver, now());
        LOG.info(() -> "rule set " + version.label() + " approved for activation by a second analyst");
        return version;
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
        ProposedTree disk = trees.deployed();
        Optional<Long> active = versions.activeNumber();
        Optional<RuleSetVersion> known = identical(disk);
        if (known.isPresent() && known.get().number().equals(active.orElse(null))) {
            return new DiskReload(Optional.empty(), false);
        }
        if (known.isPresent()) {
            return new DiskReload(known, false, true);
        }
        RuleSetVersion proposed = store(disk, actor, "reloaded from the rules directory");
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
        RuleSetVersion first = store(trees.deployed(), SYSTEM, "seeded from the rules directory at first start");
        if (first.isValid()) {
            // The tree on disk is what ran before versions existed: start with it even if a scenario
            // is red, and say so in the record.
            activate(first, SYSTEM, first.isGreen() ? null : "first start: the rules directory as deployed");
        }
    }

    @Override
    @Transactional
    public StoredTree tree(long number) {
        return buildable(find(number));
    }

    @Override
    @Transactional
    public Explanation simulate(Complaint complaint, Optional<Long> version) {
        return engine.explain(complaint, version.map(n -> buildable(find(n))));
    }

    @Override
    public SurveyExplanation simulateSurvey(ResolvedCase resolved, Optional<Long> version) {
        return engine.explainSurvey(resolved, version.map(n -> buildable(find(n))));
    }

    /**
     * The server's scenarios every proposal runs: the active version's. Before any version is active the
     * trees fall back on the deployed directory's, which is where the active version's came from.
     */
    private Optional<byte[]> serverScenarios() {
        return versions.activeNumber().flatMap(versions::find).map(RuleSetVersion::files);
    }

    /** A new version, or the stored one with the very same rule and scenario files. */
    private Proposal storeUnlessKnown(ProposedTree candidate, String author, String comment,
            ScenarioRemoval removal) {
        Optional<RuleSetVersion> known = identical(candidate);
        if (known.isPresent()) {
            LOG.info(() -> "proposal identical to rule set " + known.get().label() + "; no new version");
            return new Proposal(known.get(), true);
        }
        return new Proposal(store(candidate, author, comment, removal.reason()), false);
    }

    /**
     * The stored version with the same files. The checksum covers the rule files only, so it narrows the
     * search, and the zips (written byte for byte the same for the same tree) decide: a proposal that
     * changes only a scenario is a new version, since it changes the gate.
     */
    private Optional<RuleSetVersion> identical(ProposedTree candidate) {
        return versions.withChecksum(candidate.checksum()).stream()
                .filter(v -> Arrays.equals(v.files(), candidate.zip())).findFirst();
    }

    private RuleSetVersion store(ProposedTree candidate, String author, String comment) {
        return store(candidate, author, comment, null);
    }

    /** Stores the tree as a new version and records what building it found. */
    private RuleSetVersion store(ProposedTree candidate, String author, String comment, String removalReason) {
        RuleSetVersion version = new RuleSetVersion(candidate.zip(), candidate.checksum(), author, comment, now());
        version.recordRemovedScenarios(candidate.removedScenarios(), removalReason);
        versions.add(version);
        BuildVerdict verdict = engine.build(StoredTree.of(version), candidate.source());
        version.markValidated(verdict.problems(), verdict.mismatches(), now());
        LOG.info(() -> "rule set " + version.label() + " proposed: " + verdict.problems().size()
                + " compile problem(s), " + verdict.mismatches().size() + " scenario failure(s)");
        return version;
    }

    private RuleSetVersion activate(RuleSetVersion version, String actor, String overrideReason) {
        // The seed at first start runs as the system, before anyone could approve it.
        version.activate(actor, now(), overrideReason, secondApproval && !SYSTEM.equals(actor));
        StoredTree tree = buildable(version);
        // Built before the commit: a version that no longer compiles fails its activation, not the switch.
        engine.prepare(tree);
        versions.pointActiveAt(version, version.lastActivatedBy(), now());
        // This node switches as soon as the pointer is committed; the others on their next poll.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    follower.install(tree);
                }
            }
        });
        LOG.info(() -> "rule set " + version.label() + " activated"
                + (version.isGreen() ? "" : " with a recorded override"));
        return version;
    }

    private static StoredTree buildable(RuleSetVersion version) {
        if (!version.isValid()) {
            throw new RuleSetNotActivatableException("version " + version.number() + " does not compile");
        }
        return StoredTree.of(version);
    }

    private RuleSetVersion find(long number) {
        return versions.find(number).orElseThrow(() -> new UnknownRuleSetVersionException(number));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
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

    @Override
    @Transactional
    public RuleSetVersion propose(byte[] zip, String author, String comment) {
        return store(trees.uploaded(zip), author, comment);
    }

    @Override
    @Transactional
    public RuleSetVersion proposeChanges(Map<String, byte[]> files, Optional<Long> base, String author,
            String comment) {
        long baseNumber = base.or(versions::activeNumber).orElseThrow(() -> new BadRuleSetArchiveException(
                "there is no active version to change yet; propose a whole tree"));
        ProposedTree candidate = trees.changed(find(baseNumber).files(), files);
        String note = "based on version " + baseNumber + ", replacing " + String.join(", ", files.keySet());
        return store(candidate, author, comment == null || comment.isBlank() ? note : comment + " (" + note + ")");
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
        Optional<RuleSetVersion> current = versions.activeNumber().flatMap(versions::find);
        if (current.isPresent() && current.get().checksum().equals(disk.checksum())) {
            return new DiskReload(Optional.empty(), false);
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

    /** Stores the tree as a new version and records what building it found. */
    private RuleSetVersion store(ProposedTree candidate, String author, String comment) {
        RuleSetVersion version = new RuleSetVersion(candidate.zip(), candidate.checksum(), author, comment, now());
        versions.add(version);
        BuildVerdict verdict = engine.build(StoredTree.of(version), candidate.source());
        version.markValidated(verdict.problems(), verdict.mismatches(), now());
        LOG.info(() -> "rule set " + version.label() + " proposed: " + verdict.problems().size()
                + " compile problem(s), " + verdict.mismatches().size() + " scenario failure(s)");
        return version;
    }

    private RuleSetVersion activate(RuleSetVersion version, String actor, String overrideReason) {
        version.activate(actor, now(), overrideReason);
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

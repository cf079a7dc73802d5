package org.triagem.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.triagem.application.RuleEngine;
import org.triagem.application.RuleSetService;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.Explanation;
import org.triagem.domain.model.routing.ResolvedCase;
import org.triagem.domain.model.routing.SurveyExplanation;
import org.triagem.domain.model.ruleset.BuildVerdict;
import org.triagem.domain.model.ruleset.ProposedTree;
import org.triagem.domain.model.ruleset.RuleSetVersion;
import org.triagem.domain.model.ruleset.ScenarioRemoval;
import org.triagem.domain.model.ruleset.StoredTree;

/** A node follows the version the database names, and loads a version only when it changes. */
class RuleSetFollowerTest {

    private final Database database = new Database();
    private final Node node = new Node();
    private final RuleSetFollower follower = new RuleSetFollower();

    RuleSetFollowerTest() {
        follower.service = database;
        follower.engine = node;
    }

    @Test
    void installsTheVersionTheDatabaseNamesAndLoadsItOnce() {
        database.active = Optional.of(2L);

        follower.follow();
        follower.follow();

        assertThat(node.installedNumber()).hasValue(2);
        assertThat(node.installed).containsExactly("v2");
        assertThat(database.loads).hasValue(1);
    }

    @Test
    void switchesWhenAnotherNodeActivatesAnOlderVersion() {
        database.active = Optional.of(3L);
        follower.follow();

        database.active = Optional.of(1L);
        follower.follow();

        assertThat(node.installedNumber()).hasValue(1);
        assertThat(node.installed).containsExactly("v3", "v1");
    }

    @Test
    void pollingPicksUpAnActivationMadeOnAnotherNodeWithinSeconds() {
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(1);
        follower.scheduler = managed(pool);
        follower.pollMillis = 100;
        database.active = Optional.of(1L);
        try {
            follower.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> node.installedNumber().equals(OptionalLong.of(1)));
            assertThat(node.startup).isEqualTo("finished");

            database.active = Optional.of(2L);

            await().atMost(Duration.ofSeconds(3)).until(() -> node.installedNumber().equals(OptionalLong.of(2)));
        } finally {
            follower.stop();
            pool.shutdownNow();
        }
    }

    @Test
    void installsNothingWhileNoVersionIsActive() {
        follower.follow();

        assertThat(node.installedNumber()).isEmpty();
        assertThat(database.loads).hasValue(0);
    }

    @Test
    void aStartThatCannotReadTheDatabaseTellsTheEngineWhyAndKeepsPolling() {
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(1);
        follower.scheduler = managed(pool);
        follower.pollMillis = 100;
        database.unreachable = true;
        try {
            follower.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> "failed: database down".equals(node.startup));

            database.unreachable = false;
            database.active = Optional.of(1L);

            await().atMost(Duration.ofSeconds(3)).until(() -> node.installedNumber().equals(OptionalLong.of(1)));
        } finally {
            follower.stop();
            pool.shutdownNow();
        }
    }

    /** The container's scheduler, played by a plain one: the follower only submits and schedules. */
    private static ManagedScheduledExecutorService managed(ScheduledExecutorService pool) {
        return (ManagedScheduledExecutorService) Proxy.newProxyInstance(RuleSetFollowerTest.class.getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class}, (proxy, method, args) -> {
                    try {
                        return ScheduledExecutorService.class.getMethod(method.getName(), method.getParameterTypes())
                                .invoke(pool, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** This node's engine as the follower sees it: what it installed, in order, and how start-up ended. */
    private static final class Node implements RuleEngine {

        final List<String> installed = new ArrayList<>();
        volatile OptionalLong number = OptionalLong.empty();
        volatile String startup = "running";

        @Override
        public synchronized void install(StoredTree version) {
            installed.add(version.label());
            number = OptionalLong.of(version.number());
        }

        @Override
        public OptionalLong installedNumber() {
            return number;
        }

        @Override
        public void startupFinished() {
            startup = "finished";
        }

        @Override
        public void startupFailed(RuntimeException cause) {
            startup = "failed: " + cause.getMessage();
        }

        @Override
        public BuildVerdict build(StoredTree version, ProposedTree.Source source) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void prepare(StoredTree version) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Explanation explain(Complaint complaint, Optional<StoredTree> version) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SurveyExplanation explainSurvey(ResolvedCase resolved, Optional<StoredTree> version) {
            throw new UnsupportedOperationException();
        }
    }

    /** The database as the follower sees it: an active pointer and the stored versions' trees. */
    private static final class Database implements RuleSetService {

        volatile Optional<Long> active = Optional.empty();
        volatile boolean unreachable;
        final AtomicInteger loads = new AtomicInteger();

        @Override
        public Optional<Long> activeNumber() {
            if (unreachable) {
                throw new IllegalStateException("database down");
            }
            return active;
        }

        @Override
        public StoredTree tree(long number) {
            loads.incrementAndGet();
            return new StoredTree(number, "v" + number, new byte[] {1});
        }

        @Override
        public Proposal submit(byte[] zip, String author, String comment, ScenarioRemoval removal) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Proposal submitChanges(Map<String, byte[]> files, Optional<Long> base, String author,
                String comment, ScenarioRemoval removal) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RuleSetVersion approve(long number, String approver) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RuleSetVersion activate(long number, String actor, String overrideReason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<RuleSetVersion> versions() {
            throw new UnsupportedOperationException();
        }

        @Override
        public RuleSetVersion version(long number) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DiskReload reloadFromDisk(String actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void seedFromDiskIfEmpty() {
            // already seeded, unless the database is down
            activeNumber();
        }

        @Override
        public Explanation simulate(Complaint complaint, Optional<Long> version) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SurveyExplanation simulateSurvey(ResolvedCase resolved, Optional<Long> version) {
            throw new UnsupportedOperationException();
        }
    }
}

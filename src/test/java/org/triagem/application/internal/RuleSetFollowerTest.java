package org.triagem.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.triagem.application.RuleSetService;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.ruleset.RuleSetVersion;
import org.triagem.infrastructure.rules.ActiveRuleSet;
import org.triagem.infrastructure.rules.CompiledRuleSet;
import org.triagem.infrastructure.rules.RuleSetCompiler;
import org.triagem.infrastructure.rules.RuleSetFiles;

/** A node follows the version the database names, and compiles only when it changes. */
class RuleSetFollowerTest {

    private static final RuleSetCompiler COMPILER = new RuleSetCompiler();

    private final Database database = new Database();
    private final ActiveRuleSet active = new ActiveRuleSet();
    private final RuleSetFollower follower = new RuleSetFollower();

    RuleSetFollowerTest() {
        follower.service = database;
        follower.active = active;
    }

    @Test
    void installsTheVersionTheDatabaseNamesAndCompilesItOnce() {
        database.active = Optional.of(2L);

        follower.follow();
        follower.follow();

        assertThat(active.activeNumber()).hasValue(2);
        assertThat(active.isReady()).isTrue();
        assertThat(database.compilations).hasValue(1);
    }

    @Test
    void switchesWhenAnotherNodeActivatesAnOlderVersion() {
        database.active = Optional.of(3L);
        follower.follow();

        database.active = Optional.of(1L);
        follower.follow();

        assertThat(active.activeNumber()).hasValue(1);
        assertThat(active.current(Duration.ZERO).version()).isEqualTo("v1");
    }

    @Test
    void pollingPicksUpAnActivationMadeOnAnotherNodeWithinSeconds() {
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(1);
        follower.scheduler = managed(pool);
        follower.pollMillis = 100;
        database.active = Optional.of(1L);
        try {
            follower.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> active.activeNumber().equals(OptionalLong.of(1)));

            database.active = Optional.of(2L);

            await().atMost(Duration.ofSeconds(3)).until(() -> active.activeNumber().equals(OptionalLong.of(2)));
        } finally {
            follower.stop();
            pool.shutdownNow();
        }
    }

    @Test
    void staysNotReadyWhileNoVersionIsActive() {
        follower.follow();

        assertThat(active.isReady()).isFalse();
        assertThat(database.compilations).hasValue(0);
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

    /** The database as the follower sees it: an active pointer and compiled versions. */
    private static final class Database implements RuleSetService {

        Optional<Long> active = Optional.empty();
        final AtomicInteger compilations = new AtomicInteger();

        @Override
        public Optional<Long> activeNumber() {
            return active;
        }

        @Override
        public CompiledRuleSet compiled(long number) {
            compilations.incrementAndGet();
            return COMPILER.compile(new RuleSetFiles(Map.of("ownership/o.drl",
                    "package ownership;\n".getBytes(StandardCharsets.UTF_8))), "v" + number);
        }

        @Override
        public RuleSetVersion propose(byte[] zip, String author, String comment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RuleSetVersion proposeChanges(Map<String, byte[]> files, Optional<Long> base, String author,
                String comment) {
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
            // already seeded
        }

        @Override
        public Simulation simulate(Complaint complaint, Optional<Long> version) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SurveySimulation simulateSurvey(org.triagem.domain.model.routing.ResolvedCase resolved,
                Optional<Long> version) {
            throw new UnsupportedOperationException();
        }
    }
}

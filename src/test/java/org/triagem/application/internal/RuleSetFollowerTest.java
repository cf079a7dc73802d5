package org.triagem.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(active.current(java.time.Duration.ZERO).version()).isEqualTo("v1");
    }

    @Test
    void staysNotReadyWhileNoVersionIsActive() {
        follower.follow();

        assertThat(active.isReady()).isFalse();
        assertThat(database.compilations).hasValue(0);
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
            throw new UnsupportedOperationException();
        }

        @Override
        public Simulation simulate(Complaint complaint, Optional<Long> version) {
            throw new UnsupportedOperationException();
        }
    }
}

package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triagem.it.node.LibertyNode;
import org.triagem.it.node.NodeDatabase;

/**
 * Two Triagem nodes sweep one PostgreSQL: 10,000 checkpoints fall due at once, one node is killed with
 * {@code kill -9} in the middle of the sweep, and the other finishes its claims when their lease runs out.
 * Every checkpoint fires, and none fires twice: each is a P1 case's first response at 50 %, which the
 * rules escalate, so a second firing would show as a second ESCALATED entry in the case's history.
 *
 * <p>The nodes get a database of their own ({@code <database>_sweep}, recreated per run) so that the
 * IT server, which sweeps the suite's database, takes no part. Runs only with {@code -Ppostgres}: an
 * embedded database cannot be shared by two processes. Ports: {@code it.sweep.http.port} + i (9481)
 * and {@code it.sweep.https.port} + i (9485).
 */
class EscalationTwoNodeIT {

    private static final int CHECKPOINTS = Integer.getInteger("it.sweep.checkpoints", 10_000);

    @Test
    void tenThousandDueCheckpointsFireExactlyOnceThoughANodeIsKilledMidSweep() throws Exception {
        NodeDatabase suite = NodeDatabase.configured();
        assumeTrue(suite.isShared(), "needs PostgreSQL (-Ppostgres)");
        NodeDatabase shared = new NodeDatabase(SweepLoad.recreateDatabase(suite.url(), suite.user(), "_sweep"),
                suite.user(), suite.dataSource());
        SweepLoad load = new SweepLoad(shared.url(), shared.user());

        try (LibertyNode a = node("sweep-a", 0, shared); LibertyNode b = node("sweep-b", 1, shared)) {
            a.start();
            b.start();
            a.awaitReady();
            b.awaitReady();
            load.seed(0, CHECKPOINTS);

            await("a sweep under way").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> load.fired() >= CHECKPOINTS / 5);
            a.kill();
            long firedAtKill = load.fired();

            await("every checkpoint fired").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> load.fired() == CHECKPOINTS);

            assertThat(firedAtKill).as("fired when the node was killed").isLessThan(CHECKPOINTS);
            assertThat(load.open()).as("missed").isZero();
            assertThat(load.escalations()).as("escalations").isEqualTo(CHECKPOINTS);
            assertThat(load.escalatedTwice()).as("duplicates").isZero();
            assertThat(load.count("SELECT count(*) FROM complaint_case WHERE escalation_level <> 1"))
                    .as("cases escalated other than once").isZero();
        }
    }

    private static LibertyNode node(String name, int index, NodeDatabase db) throws Exception {
        return LibertyNode.named(name)
                .httpPort(Integer.getInteger("it.sweep.http.port", 9481) + index)
                .httpsPort(Integer.getInteger("it.sweep.https.port", 9485) + index)
                .variables(db.variables())
                .variables(Map.of(
                        "triagem.escalation.poll.seconds", "1",
                        "triagem.escalation.batch.size", "100",
                        // the killed node's claims come back quickly
                        "triagem.escalation.lease.seconds", "15",
                        "triagem.mail.enabled", "false"))
                .jvmOption("-Xmx512m")
                // two servers starting at once on a small shared machine take their time
                .readyTimeout(Duration.ofSeconds(Long.getLong("it.node.ready.seconds", 600)))
                .create();
    }
}

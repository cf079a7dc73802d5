package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.ProtocolNumber;
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
    private static final int FIRST_ID = 1_000_000_000;

    @Test
    void tenThousandDueCheckpointsFireExactlyOnceThoughANodeIsKilledMidSweep() throws Exception {
        NodeDatabase suite = NodeDatabase.configured();
        assumeTrue(suite.isShared(), "needs PostgreSQL (-Ppostgres)");
        NodeDatabase shared = new NodeDatabase(recreateDatabase(suite), suite.user(), suite.dataSource());

        try (LibertyNode a = node("sweep-a", 0, shared); LibertyNode b = node("sweep-b", 1, shared)) {
            a.start();
            b.start();
            a.awaitReady();
            b.awaitReady();
            seedDueCheckpoints(shared);

            await("a sweep under way").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> fired(shared) >= CHECKPOINTS / 5);
            a.kill();
            long firedAtKill = fired(shared);

            await("every checkpoint fired").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> fired(shared) == CHECKPOINTS);

            assertThat(firedAtKill).isLessThan(CHECKPOINTS);
            assertThat(count(shared, "SELECT count(*) FROM sla_checkpoint WHERE fired_at IS NULL")).as("missed")
                    .isZero();
            assertThat(count(shared, "SELECT count(*) FROM case_event WHERE type = 'ESCALATED'")).as("escalations")
                    .isEqualTo(CHECKPOINTS);
            assertThat(count(shared, "SELECT count(*) FROM (SELECT case_id FROM case_event WHERE type = 'ESCALATED'"
                    + " GROUP BY case_id HAVING count(*) > 1) twice")).as("duplicates").isZero();
            assertThat(count(shared, "SELECT count(*) FROM complaint_case WHERE escalation_level <> 1"))
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
                .create();
    }

    /** A fresh database beside the suite's, for the nodes alone; returns its URL. */
    private static String recreateDatabase(NodeDatabase suite) throws SQLException {
        String url = suite.url();
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String name = (query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query)) + "_sweep";
        try (Connection c = DriverManager.getConnection(url, suite.user(), ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
        return url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
    }

    /** P1 cases, each with its first-response checkpoint at 50 % due a minute ago by the database's clock. */
    private static void seedDueCheckpoints(NodeDatabase db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), "")) {
            c.setAutoCommit(false);
            try (PreparedStatement cases = c.prepareStatement("INSERT INTO complaint_case (id, protocol, channel,"
                    + " description, department, priority, status, sla_first_response_minutes, sla_resolution_minutes,"
                    + " sla_legal_days, legal_deadline, rule_set_version, opened_at, version, escalation_level)"
                    + " VALUES (?, ?, 'WEB_FORM', 'carga de teste', 'Financeiro', 'P1', 'NEW', 60, 480, 5,"
                    + " CURRENT_TIMESTAMP + INTERVAL '5' DAY, 'v1', CURRENT_TIMESTAMP, 1, 0)");
                    PreparedStatement checkpoints = c.prepareStatement("INSERT INTO sla_checkpoint (id, case_id, clock,"
                            + " level, percent_elapsed, due_at) VALUES (?, ?, 'FIRST_RESPONSE', 1, 50,"
                            + " CURRENT_TIMESTAMP - INTERVAL '1' MINUTE)")) {
                for (int i = 0; i < CHECKPOINTS; i++) {
                    long id = FIRST_ID + i;
                    cases.setLong(1, id);
                    cases.setString(2, ProtocolNumber.issue(2026, 900_000_000L + i).value());
                    cases.addBatch();
                    checkpoints.setLong(1, id);
                    checkpoints.setLong(2, id);
                    checkpoints.addBatch();
                    if (i % 1000 == 999) {
                        cases.executeBatch();
                        checkpoints.executeBatch();
                    }
                }
                cases.executeBatch();
                checkpoints.executeBatch();
            }
            c.commit();
        }
    }

    private static long fired(NodeDatabase db) throws SQLException {
        return count(db, "SELECT count(*) FROM sla_checkpoint WHERE fired_at IS NOT NULL");
    }

    private static long count(NodeDatabase db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), "");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

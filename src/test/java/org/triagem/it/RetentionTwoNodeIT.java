package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.it.node.LibertyNode;
import org.triagem.it.node.NodeDatabase;

/**
 * Two Triagem nodes run the retention job on one PostgreSQL at once: 20,000 cases closed 2,000 days ago are
 * anonymised, each exactly once. The job audits every batch with the protocols it anonymised, so a case
 * handled twice would show twice in the audit; both nodes must have taken part.
 *
 * <p>The nodes get a database of their own ({@code <database>_retention}, recreated per run), seeded with
 * {@code src/bench/retention-seed.sql}, the benchmark's seed. Runs only with {@code -Ppostgres}. Ports:
 * {@code it.node.http.port} + i and {@code it.node.https.port} + i.
 */
class RetentionTwoNodeIT {

    private static final int CASES = Integer.getInteger("it.retention.cases", 20_000);

    @Test
    void twoNodesAnonymiseEveryExpiredCaseExactlyOnce() throws Exception {
        NodeDatabase suite = NodeDatabase.configured();
        assumeTrue(suite.isShared(), "needs PostgreSQL (-Ppostgres)");
        NodeDatabase shared = new NodeDatabase(SweepLoad.recreateDatabase(suite.url(), suite.user(), "_retention"),
                suite.user(), suite.dataSource());

        try (LibertyNode a = node("retention-a", 0, shared); LibertyNode b = node("retention-b", 1, shared)) {
            a.start();
            b.start();
            a.awaitReady();
            b.awaitReady();
            seed(shared, CASES);

            await("every case anonymised").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> count(shared, "SELECT count(*) FROM complaint_case WHERE anonymised_at IS NULL") == 0);
            // A run records its counts when it ends, after the other kinds of data: wait for the runs too.
            await("the runs recorded").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> count(shared, "SELECT COALESCE(sum(closed_cases), 0) FROM retention_run") == CASES);

            List<String> audited = auditedProtocols(shared);
            Set<String> distinct = new HashSet<>(audited);
            assertThat(audited).as("cases in the audit, duplicates included").hasSize(CASES);
            assertThat(distinct).as("distinct cases").hasSize(CASES);
            assertThat(count(shared, "SELECT count(DISTINCT node) FROM retention_run WHERE closed_cases > 0"))
                    .as("nodes that anonymised").isEqualTo(2);
            assertThat(count(shared, "SELECT COALESCE(sum(closed_cases), 0) FROM retention_run"))
                    .as("the runs' counts").isEqualTo(CASES);
            assertThat(count(shared, "SELECT count(*) FROM complaint_case WHERE customer_cpf IS NOT NULL"
                    + " OR description LIKE '%@example.com%'")).as("personal data left").isZero();
        }
    }

    private static LibertyNode node(String name, int index, NodeDatabase db) throws Exception {
        return LibertyNode.named(name)
                .index(index)
                .variables(db.variables())
                .variables(Map.of(
                        "triagem.node.name", name,
                        "triagem.retention.poll-seconds", "1",
                        "triagem.retention.batch.size", "200",
                        "triagem.mail.enabled", "false"))
                .jvmOption("-Xmx512m")
                // two servers starting at once on a small shared machine take their time
                .readyTimeout(Duration.ofSeconds(Long.getLong("it.node.ready.seconds", 600)))
                .create();
    }

    /** The benchmark's seed, its {@code :cases} filled in, one statement at a time. */
    static void seed(NodeDatabase db, int cases) throws Exception {
        String sql = Files.readString(Path.of("src/bench/retention-seed.sql")).replace(":cases", String.valueOf(cases));
        List<String> statements = new ArrayList<>();
        for (String part : sql.split(";\\s*\\n")) {
            String statement = part.lines().filter(l -> !l.startsWith("--")).reduce("", (x, y) -> x + "\n" + y).strip();
            if (!statement.isEmpty()) {
                statements.add(statement);
            }
        }
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String statement : statements) {
                s.execute(statement);
            }
            c.commit();
        }
    }

    private static List<String> auditedProtocols(NodeDatabase db) throws SQLException {
        List<String> protocols = new ArrayList<>();
        try (Connection c = connect(db); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT protocols FROM anonymisation_audit WHERE run_id IS NOT NULL")) {
            while (r.next()) {
                protocols.addAll(List.of(r.getString(1).split(",")));
            }
        }
        return protocols;
    }

    private static long count(NodeDatabase db, String sql) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Connection connect(NodeDatabase db) throws SQLException {
        return DriverManager.getConnection(db.url(), db.user(), "");
    }
}

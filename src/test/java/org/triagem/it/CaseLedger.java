package org.triagem.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a burst became straight from a node's database, after the nodes have stopped: the
 * cases whose subject carries the burst's marker, and the quarantined payloads that do.
 */
record CaseLedger(String url, String user, String password) {

    /** The embedded H2 file a node keeps under its server output directory (server.xml's default). */
    static CaseLedger embeddedIn(java.nio.file.Path serverOutputDirectory) {
        return new CaseLedger("jdbc:h2:" + serverOutputDirectory.toAbsolutePath().resolve("data/triagem")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "triagem", "");
    }

    static CaseLedger server(String url, String user) {
        return new CaseLedger(url, user, System.getenv().getOrDefault("TRIAGEM_DB_PASSWORD", ""));
    }

    /** Subjects of the cases opened from mails of the run, one entry per case. */
    List<String> caseSubjects(String run) throws SQLException {
        return strings("SELECT subject FROM complaint_case WHERE channel = 'EMAIL' AND subject LIKE ?", "%" + run + "%");
    }

    /** How many of those cases were opened before the instant. */
    int casesOpenedBefore(String run, Instant instant) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM complaint_case WHERE subject LIKE ? AND opened_at < ?")) {
            s.setString(1, "%" + run + "%");
            s.setTimestamp(2, Timestamp.from(instant));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** Reasons of quarantined mails of the run. */
    List<String> quarantineReasons(String run) throws SQLException {
        return strings("SELECT reason FROM quarantine WHERE payload LIKE ?", "%" + run + "%");
    }

    private List<String> strings(String sql, String parameter) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            List<String> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(r.getString(1));
                }
            }
            return found;
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}

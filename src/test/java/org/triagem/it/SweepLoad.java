package org.triagem.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * Due checkpoints in bulk for the multi-node test and the sweeper benchmark: P1 cases, each with its
 * first-response checkpoint at 50 % due a minute ago by the database's clock. The escalation rules act on
 * every one (they notify the supervisor of a P1 case at half its first-response time), so each firing
 * leaves exactly one ESCALATED entry in its case's history.
 */
public final class SweepLoad {

    private static final long FIRST_ID = 1_000_000_000L;

    private final String url;
    private final String user;

    public SweepLoad(String url, String user) {
        this.url = url;
        this.user = user;
    }

    /** A fresh PostgreSQL database named like the given one plus the suffix; returns its URL. */
    public static String recreateDatabase(String url, String user, String suffix) throws SQLException {
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String name = (query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query)) + suffix;
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
        return url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
    }

    /** Adds {@code count} due checkpoints (and their cases) after the ones {@code from} already added. */
    public void seed(int from, int count) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement cases = c.prepareStatement("INSERT INTO complaint_case (id, protocol, channel,"
                    + " description, department, priority, status, sla_first_response_minutes, sla_resolution_minutes,"
                    + " sla_legal_days, legal_deadline, rule_set_version, opened_at, version, escalation_level)"
                    + " VALUES (?, ?, 'WEB_FORM', 'carga de teste', 'Financeiro', 'P1', 'NEW', 60, 480, 5,"
                    + " CURRENT_TIMESTAMP + INTERVAL '5' DAY, 'v1', CURRENT_TIMESTAMP, 1, 0)");
                    PreparedStatement checkpoints = c.prepareStatement("INSERT INTO sla_checkpoint (id, case_id, clock,"
                            + " level, percent_elapsed, due_at) VALUES (?, ?, 'FIRST_RESPONSE', 1, 50,"
                            + " CURRENT_TIMESTAMP - INTERVAL '1' MINUTE)")) {
                for (int i = from; i < from + count; i++) {
                    long id = FIRST_ID + i;
                    cases.setLong(1, id);
                    cases.setString(2, ProtocolNumber.issue(2026, 900_000_000L + i).value());
                    cases.addBatch();
                    checkpoints.setLong(1, id);
                    checkpoints.setLong(2, id);
                    checkpoints.addBatch();
                    if ((i - from) % 1000 == 999) {
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

    /**
     * Seconds from the first to the last firing of the checkpoints {@link #seed} added from {@code from}
     * on ({@code count} of them), by their {@code fired_at}: how long the node took to apply them,
     * without the wait for its next poll.
     */
    public double firingSeconds(int from, int count) throws SQLException {
        try (Connection c = connect(); PreparedStatement span = c.prepareStatement("SELECT EXTRACT(EPOCH FROM"
                + " max(fired_at) - min(fired_at)) FROM sla_checkpoint WHERE id >= ? AND id < ?")) {
            span.setLong(1, FIRST_ID + from);
            span.setLong(2, FIRST_ID + from + count);
            try (ResultSet rs = span.executeQuery()) {
                rs.next();
                return rs.getDouble(1);
            }
        }
    }

    public long fired() throws SQLException {
        return count("SELECT count(*) FROM sla_checkpoint WHERE fired_at IS NOT NULL");
    }

    public long open() throws SQLException {
        return count("SELECT count(*) FROM sla_checkpoint WHERE fired_at IS NULL");
    }

    public long escalations() throws SQLException {
        return count("SELECT count(*) FROM case_event WHERE type = 'ESCALATED'");
    }

    /** Cases whose checkpoint was applied more than once. */
    public long escalatedTwice() throws SQLException {
        return count("SELECT count(*) FROM (SELECT case_id FROM case_event WHERE type = 'ESCALATED'"
                + " GROUP BY case_id HAVING count(*) > 1) twice");
    }

    public long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }
}

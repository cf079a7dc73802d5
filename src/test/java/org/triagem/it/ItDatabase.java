package org.triagem.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The IT server's database, opened from the test (H2 with AUTO_SERVER, or the PostgreSQL of the profile),
 * to put time where the tests need it: checkpoints made due in the past rather than waiting hours for
 * them. Nothing in production opens this door.
 */
final class ItDatabase {

    private ItDatabase() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user", "triagem"),
                System.getProperty("it.db.password", ""));
    }

    /** Makes a checkpoint of the case due {@code secondsAgo} seconds before the database's now. */
    static void makeDue(String protocol, String clock, int level, int secondsAgo) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("UPDATE sla_checkpoint"
                + " SET due_at = CURRENT_TIMESTAMP - (CAST(? AS INTEGER) * INTERVAL '1' SECOND)"
                + " WHERE clock = ? AND level = ? AND case_id = (SELECT id FROM complaint_case WHERE protocol = ?)")) {
            s.setInt(1, secondsAgo);
            s.setString(2, clock);
            s.setInt(3, level);
            s.setString(4, protocol);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("no open checkpoint " + clock + " level " + level + " of " + protocol);
            }
        }
    }

    /** The case's checkpoints: clock, level, whether fired, in the order they fired (open ones last). */
    static List<String> checkpoints(String protocol) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT clock, level, fired_at"
                + " FROM sla_checkpoint WHERE case_id = (SELECT id FROM complaint_case WHERE protocol = ?)"
                + " ORDER BY fired_at, clock, level")) {
            s.setString(1, protocol);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getInt(2) + (rs.getObject(3) == null ? " open" : " fired"));
                }
            }
        }
        return rows;
    }

    /**
     * Sets one SLA clock of the case: its phase (RUNNING, PAUSED, STOPPED) and its due time, that many
     * minutes from the database's now (negative: in the past).
     */
    static void setClock(String protocol, String clock, String phase, int minutesFromNow) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("UPDATE sla_clock"
                + " SET phase = ?, due_at = CURRENT_TIMESTAMP + (CAST(? AS INTEGER) * INTERVAL '1' MINUTE)"
                + " WHERE clock = ? AND case_id = (SELECT id FROM complaint_case WHERE protocol = ?)")) {
            s.setString(1, phase);
            s.setInt(2, minutesFromNow);
            s.setString(3, clock);
            s.setString(4, protocol);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("no clock " + clock + " of " + protocol);
            }
        }
    }

    /** Runs one statement with the protocol as its only parameter; returns the rows changed. */
    static int update(String sql, String protocol) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, protocol);
            return s.executeUpdate();
        }
    }
}

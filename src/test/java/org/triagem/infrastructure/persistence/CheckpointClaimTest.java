package org.triagem.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sweeper's claim SQL on the embedded database, as the server runs it (H2 2.3, PostgreSQL mode). */
class CheckpointClaimTest {

    private JdbcDataSource db;

    @BeforeEach
    void migrate() throws SQLException {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        DatabaseMigrations.configure(db).load().migrate();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO complaint_case (id, protocol, channel, description, department, priority,"
                    + " status, sla_first_response_minutes, sla_resolution_minutes, sla_legal_days, legal_deadline,"
                    + " rule_set_version, opened_at, version) VALUES (1, '20260000000011', 'WEB_FORM', 'x',"
                    + " 'Financeiro', 'P3', 'NEW', 240, 1440, 7, CURRENT_TIMESTAMP, 'v1', CURRENT_TIMESTAMP, 1)");
        }
    }

    private void checkpoint(Connection c, long id, int level, String due, boolean fired) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO sla_checkpoint (id, case_id, clock, level,"
                + " percent_elapsed, due_at, fired_at) VALUES (?, 1, 'RESOLUTION', ?, 50, CURRENT_TIMESTAMP + "
                + due + ", " + (fired ? "CURRENT_TIMESTAMP" : "NULL") + ")")) {
            s.setLong(1, id);
            s.setInt(2, level);
            s.executeUpdate();
        }
    }

    private static List<Long> claim(Connection c, int limit, int leaseSeconds) throws SQLException {
        return claim(c, OffsetDateTime.now(), limit, leaseSeconds);
    }

    /** The claim as the sweeper runs it at {@code now}, the application's time. */
    private static List<Long> claim(Connection c, OffsetDateTime now, int limit, int leaseSeconds)
            throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(JpaCheckpoints.CLAIM_DUE_SQL)) {
            s.setObject(1, now);
            s.setObject(2, now);
            s.setInt(3, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        if (!ids.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement(String.format(JpaCheckpoints.LEASE_SQL,
                    ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","))))) {
                s.setObject(1, now.plusSeconds(leaseSeconds));
                s.executeUpdate();
            }
        }
        return ids;
    }

    @Test
    void claimsOpenDueCheckpointsInDueOrder() throws SQLException {
        try (Connection c = db.getConnection()) {
            checkpoint(c, 50, 1, "INTERVAL '-5' MINUTE", false);
            checkpoint(c, 51, 2, "INTERVAL '-10' MINUTE", false);
            checkpoint(c, 52, 3, "INTERVAL '1' MINUTE", false);
            checkpoint(c, 53, 4, "INTERVAL '-20' MINUTE", true);

            assertThat(claim(c, 10, 60)).containsExactly(51L, 50L);
        }
    }

    @Test
    void dueMeansDueByTheApplicationsClockNotTheDatabases() throws SQLException {
        try (Connection c = db.getConnection()) {
            checkpoint(c, 50, 1, "INTERVAL '-5' MINUTE", false);
            checkpoint(c, 51, 2, "INTERVAL '2' DAY", false);
            // An application clock a day behind the database's (a test's clock, set in the past): nothing is due.
            assertThat(claim(c, OffsetDateTime.now().minusDays(1), 10, 60)).isEmpty();
            // Three days ahead: both are, though the database's own clock has the second two days away.
            assertThat(claim(c, OffsetDateTime.now().plusDays(3), 10, 60)).containsExactly(50L, 51L);
        }
    }

    @Test
    void aLeasedCheckpointIsNotClaimedAgainUntilItsLeaseRunsOut() throws SQLException {
        try (Connection c = db.getConnection()) {
            checkpoint(c, 50, 1, "INTERVAL '-5' MINUTE", false);
            checkpoint(c, 51, 2, "INTERVAL '-4' MINUTE", false);
            assertThat(claim(c, 1, 60)).containsExactly(50L);
            assertThat(claim(c, 10, 60)).containsExactly(51L);
            assertThat(claim(c, 10, 60)).isEmpty();
            // A lease that ran out (the claiming node died): due again.
            c.createStatement().executeUpdate("UPDATE sla_checkpoint SET leased_until = CURRENT_TIMESTAMP"
                    + " - INTERVAL '1' SECOND WHERE id = 50");
            assertThat(claim(c, 10, 60)).containsExactly(50L);
        }
    }

    @Test
    void neverWaitsForNorReturnsARowAnotherTransactionHolds() throws SQLException {
        try (Connection setup = db.getConnection()) {
            checkpoint(setup, 50, 1, "INTERVAL '-5' MINUTE", false);
            checkpoint(setup, 51, 2, "INTERVAL '-4' MINUTE", false);
        }
        try (Connection first = db.getConnection(); Connection second = db.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            assertThat(claim(first, 1, 60)).containsExactly(50L);
            // H2 may lock more rows than the limit returns (PostgreSQL does not: EscalationTwoNodeIT); either
            // way the second claim returns at once and never with a row the first one holds.
            assertThat(claim(second, 10, 60)).doesNotContain(50L);
            first.commit();
            second.commit();
        }
    }

    @Test
    void firingLocksAnOpenCheckpointTogetherWithItsCaseAndSkipsAFiredOne() throws SQLException {
        try (Connection setup = db.getConnection()) {
            checkpoint(setup, 50, 1, "INTERVAL '-5' MINUTE", false);
            checkpoint(setup, 51, 2, "INTERVAL '-5' MINUTE", true);
        }
        try (Connection firing = db.getConnection(); Connection other = db.getConnection()) {
            firing.setAutoCommit(false);
            other.setAutoCommit(false);
            assertThat(lockOpen(firing, 51)).isEmpty();
            assertThat(lockOpen(firing, 50)).containsExactly(1L);
            other.createStatement().execute("SET LOCK_TIMEOUT 200");
            // Staff editing the case, or another node firing one of its checkpoints, waits for this one.
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> other.createStatement()
                    .executeQuery("SELECT id FROM complaint_case WHERE id = 1 FOR UPDATE")).isInstanceOf(SQLException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> lockOpen(other, 50)).isInstanceOf(SQLException.class);
            firing.commit();
            assertThat(lockOpen(other, 50)).containsExactly(1L);
            other.commit();
        }
    }

    private static List<Long> lockOpen(Connection c, long checkpointId) throws SQLException {
        List<Long> cases = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(JpaCheckpoints.LOCK_OPEN_SQL)) {
            s.setLong(1, checkpointId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    cases.add(rs.getLong(1));
                }
            }
        }
        return cases;
    }

    @Test
    void refusesASecondCheckpointForTheSameCaseClockAndLevel() throws SQLException {
        try (Connection c = db.getConnection()) {
            checkpoint(c, 50, 1, "INTERVAL '-5' MINUTE", false);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> checkpoint(c, 51, 1, "INTERVAL '5' MINUTE", false))
                    .isInstanceOf(SQLException.class).hasMessageContaining("UQ_SLA_CHECKPOINT".toLowerCase());
        }
    }
}

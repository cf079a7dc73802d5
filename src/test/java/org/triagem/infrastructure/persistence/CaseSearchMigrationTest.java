package org.triagem.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * V37 on the embedded database: the cases written before it get their search text (accent-free, the
 * heading apart from the body), so a desk that upgrades finds its old cases too.
 */
class CaseSearchMigrationTest {

    private static JdbcDataSource newDatabase() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        return db;
    }

    private static void insertCase(Connection c, long id, String protocol, String name, String subject,
            String description) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO complaint_case (id, protocol, channel, customer_name,"
                + " subject, description, department, priority, status, sla_first_response_minutes,"
                + " sla_resolution_minutes, sla_legal_days, legal_deadline, rule_set_version, opened_at, version)"
                + " VALUES (?, ?, 'EMAIL', ?, ?, ?, 'Financeiro', 'P2', 'NEW', 240, 1440, 7, CURRENT_TIMESTAMP, 'v1',"
                + " CURRENT_TIMESTAMP, 1)")) {
            s.setLong(1, id);
            s.setString(2, protocol);
            s.setString(3, name);
            s.setString(4, subject);
            s.setString(5, description);
            s.executeUpdate();
        }
    }

    private static void insertMessage(Connection c, long id, long caseId, String kind, String subject, String body,
            int minutesLater) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO case_message (id, case_id, kind, channel,"
                + " received_at, subject, body) VALUES (?, ?, ?, 'EMAIL', CURRENT_TIMESTAMP + CAST(? AS INTEGER) * INTERVAL '1' MINUTE,"
                + " ?, ?)")) {
            s.setLong(1, id);
            s.setLong(2, caseId);
            s.setString(3, kind);
            s.setInt(4, minutesLater);
            s.setString(5, subject);
            s.setString(6, body);
            s.executeUpdate();
        }
    }

    @Test
    void casesWrittenBeforeTheUpgradeGetTheirAccentFreeSearchText() throws SQLException {
        JdbcDataSource db = newDatabase();
        DatabaseMigrations.configure(db).target("36").load().migrate();
        try (Connection c = db.getConnection()) {
            insertCase(c, 1, "20260000000018", "Iracema Conceição", "Cobrança indevida", "Fui cobrada duas vezes.");
            insertCase(c, 2, "20260000000026", null, null, "Entrega atrasada");
            insertMessage(c, 10, 1, "NOTE", null, "Conferir com o banco", 2);
            insertMessage(c, 11, 1, "CUSTOMER", "Re: Cobrança", "Ainda não caiu", 1);
        }

        DatabaseMigrations.configure(db).load().migrate();

        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT case_id, heading, body FROM case_search ORDER BY case_id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(2)).isEqualTo("20260000000018 iracema conceicao cobranca indevida");
            // the conversation oldest first: the customer's mail came a minute before the note
            assertThat(rs.getString(3)).isEqualTo("fui cobrada duas vezes. re: cobranca ainda nao caiu conferir com o banco");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(2)).isEqualTo("20260000000026");
            assertThat(rs.getString(3)).isEqualTo("entrega atrasada");
            assertThat(rs.next()).isFalse();
        }
    }
}

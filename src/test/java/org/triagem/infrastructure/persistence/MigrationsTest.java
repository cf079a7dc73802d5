package org.triagem.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations apply to the embedded database in PostgreSQL mode, as the server runs them. */
class MigrationsTest {

    @Test
    void appliesEveryMigrationAndStoresARuleSetZipWithAnEmptyActivePointer() throws SQLException {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");

        MigrateResult result = Flyway.configure().dataSource(db).locations("classpath:db/migration")
                .skipDefaultCallbacks(true).load().migrate();

        assertThat(result.targetSchemaVersion).isEqualTo("2");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT rule_set_id FROM active_rule_set WHERE id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject(1)).isNull();
            }
            long id;
            try (ResultSet rs = s.executeQuery("SELECT nextval('rule_set_version_seq')")) {
                rs.next();
                id = rs.getLong(1);
            }
            assertThat(id).isEqualTo(1);
            byte[] zip = {0x50, 0x4b, 0x03, 0x04, 0, (byte) 0xff};
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO rule_set_version (id, checksum, author,"
                    + " created_at, comment, files, valid, version) VALUES (?, ?, 'ana', CURRENT_TIMESTAMP, 'c', ?,"
                    + " TRUE, 1)")) {
                insert.setLong(1, id);
                insert.setString(2, "0".repeat(64));
                insert.setBytes(3, zip);
                insert.executeUpdate();
            }
            s.executeUpdate("UPDATE active_rule_set SET rule_set_id = 1 WHERE id = 1");
            try (ResultSet rs = s.executeQuery("SELECT files FROM rule_set_version WHERE id = 1")) {
                rs.next();
                assertThat(rs.getBytes(1)).isEqualTo(zip);
            }
        }
    }
}

package org.triagem.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at start-up, before any route or request touches it. Several nodes
 * may start at once: Flyway serialises them with a lock on its history table.
 */
@ApplicationScoped
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "jdbc/triagem")
    DataSource dataSource;

    public void migrate() {
        MigrateResult result = configure(dataSource).load().migrate();
        LOG.info(() -> "database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }

    /** Every migration, SQL and Java, for this data source: what the server runs and the tests run too. */
    public static FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                // Liberty's class loader cannot list directories: db/migration holds an empty
                // flyway.location marker so Flyway can find it. We have no SQL callbacks.
                .locations("classpath:db/migration")
                // Nor can Flyway find Java migrations by scanning there: they are named here.
                .javaMigrations(new IdBlocksOf500(), new CaseSearchDocuments())
                .skipDefaultCallbacks(true)
                .placeholders(placeholders(dataSource))
                // Features are built on parallel branches, each with its own migration number; a
                // development database that already ran a later number must still take an earlier one.
                .outOfOrder(true);
    }

    /**
     * The few places where PostgreSQL and H2 need different SQL. {@code checkpoint_due_index}: PostgreSQL
     * takes a partial index on open checkpoints; H2 has no partial indexes. {@code outbox_recipient_index}:
     * PostgreSQL indexes {@code lower(recipient)}, the expression the daily auto-reply count compared;
     * H2 has no expression indexes. Only migration 20 uses it: migration 22 replaced that index with a
     * plain one on {@code recipient_key}, the same on both databases.
     */
    public static Map<String, String> placeholders(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            return Map.of("checkpoint_due_index",
                    postgres ? "(due_at, id) WHERE fired_at IS NULL" : "(fired_at, due_at)",
                    "outbox_recipient_index",
                    postgres ? "(lower(recipient), created_at)" : "(recipient, created_at)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }
}

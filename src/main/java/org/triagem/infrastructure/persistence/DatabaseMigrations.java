package org.triagem.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
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
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                // Liberty's class loader cannot list directories: db/migration holds an empty
                // flyway.location marker so Flyway can find it. We have no SQL callbacks.
                .locations("classpath:db/migration")
                .skipDefaultCallbacks(true)
                // Features are built on parallel branches, each with its own migration number; a
                // development database that already ran a later number must still take an earlier one.
                .outOfOrder(true)
                .load()
                .migrate();
        LOG.info(() -> "database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }
}

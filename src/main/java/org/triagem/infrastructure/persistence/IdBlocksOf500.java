package org.triagem.infrastructure.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 21: the ids of the rows every case writes are drawn in blocks of {@value #BLOCK} instead of
 * 50. A case takes about fourteen ids (the case, its history, three SLA clocks, nine checkpoints, its
 * message, its acknowledgement); with blocks of 50 a node went back to the database every few cases,
 * and under load the request threads queued behind EclipseLink's sequencing lock while one of them did.
 *
 * <p>EclipseLink reads a drawn value {@code v} as the block {@code v - size + 1 .. v}, and refuses a
 * value below the block size (EclipseLink-7027). So the sequence cannot simply change its step: this
 * draws one value the old way (every id up to it may be in use, by this or an older node) and restarts
 * the sequence one whole block above it. A fresh database (sequences at their first value, 50) thus
 * starts its first block at 51. It is Java, not SQL, because PostgreSQL's {@code RESTART WITH} takes
 * only a literal, which must be computed, and H2 has no {@code setval}.
 */
public class IdBlocksOf500 implements JavaMigration {

    static final int BLOCK = 500;

    /** The sequences of the rows each case writes; the rarer ones (quarantine, attachments) keep 50. */
    static final List<String> SEQUENCES = List.of("case_seq", "case_event_seq", "case_message_seq",
            "sla_clock_seq", "sla_checkpoint_seq", "outgoing_mail_seq");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("21");
    }

    @Override
    public String getDescription() {
        return "id blocks of " + BLOCK;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        try (Statement sql = context.getConnection().createStatement()) {
            for (String sequence : SEQUENCES) {
                long drawn;
                try (ResultSet value = sql.executeQuery("SELECT nextval('" + sequence + "')")) {
                    value.next();
                    drawn = value.getLong(1);
                }
                sql.execute("ALTER SEQUENCE " + sequence + " INCREMENT BY " + BLOCK + " RESTART WITH " + (drawn + BLOCK));
            }
        }
    }
}

package org.triagem.infrastructure.retention;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.triagem.domain.model.retention.DataKind;
import org.triagem.domain.model.retention.RetentionSweeps;

/**
 * One claim and one set-based statement per batch and kind. The claim selects the due rows' keys with {@code
 * FOR UPDATE SKIP LOCKED}; the statement then deletes or empties exactly those rows, so a second node, whose
 * claim skipped them, never counts them again.
 */
@ApplicationScoped
public class SqlRetentionSweeps implements RetentionSweeps {

    @Resource(lookup = "jdbc/triagem")
    DataSource dataSource;

    void madeAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // made on the application's thread, where java:comp resolves
    }

    /** The table, its key, which rows are due (one parameter: the cutoff), and what is done to them. */
    private record Sweep(String table, String key, String due, String apply) {
    }

    private static Sweep sweepOf(DataKind kind) {
        return switch (kind) {
            case QUARANTINE -> new Sweep("quarantine", "id", "received_at < ?", "DELETE FROM quarantine");
            case ATTACHMENTS -> new Sweep("case_attachment", "id", "received_at < ? AND case_id IN"
                    + " (SELECT id FROM complaint_case WHERE status IN " + Sql.NOT_OPEN + ")",
                    "DELETE FROM case_attachment");
            case OUTBOX_BODIES -> new Sweep("outgoing_mail", "id",
                    "created_at < ? AND status <> 'PENDING' AND (body <> '' OR html_body IS NOT NULL)",
                    "UPDATE outgoing_mail SET body = '', html_body = NULL");
            case SURVEY_COMMENTS -> new Sweep("survey", "id", "answered_at < ? AND comment IS NOT NULL",
                    "UPDATE survey SET comment = NULL");
            case CALL_RECORDS -> new Sweep("phone_event", "event_id", "received_at < ?", "DELETE FROM phone_event");
            case CLOSED_CASES -> throw new IllegalArgumentException("closed cases are anonymised, not swept");
        };
    }

    @Override
    public int sweep(DataKind kind, OffsetDateTime cutoff, int limit) {
        Sweep sweep = sweepOf(kind);
        try (Connection c = dataSource.getConnection()) {
            List<Object> keys = new ArrayList<>();
            try (PreparedStatement claim = c.prepareStatement("SELECT " + sweep.key() + " FROM " + sweep.table()
                    + " WHERE " + sweep.due() + " LIMIT ? FOR UPDATE SKIP LOCKED")) {
                claim.setObject(1, cutoff);
                claim.setInt(2, limit);
                try (ResultSet r = claim.executeQuery()) {
                    while (r.next()) {
                        keys.add(r.getObject(1));
                    }
                }
            }
            if (keys.isEmpty()) {
                return 0;
            }
            try (PreparedStatement apply = c.prepareStatement(sweep.apply() + " WHERE " + sweep.key() + " IN ("
                    + String.join(", ", Collections.nCopies(keys.size(), "?")) + ")")) {
                for (int i = 0; i < keys.size(); i++) {
                    apply.setObject(i + 1, keys.get(i));
                }
                return apply.executeUpdate();
            }
        } catch (SQLException e) {
            throw Sql.failed("retention of " + kind, e);
        }
    }

    @Override
    public long countDue(DataKind kind, OffsetDateTime cutoff) {
        Sweep sweep = sweepOf(kind);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + sweep.table() + " WHERE " + sweep.due())) {
            s.setObject(1, cutoff);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw Sql.failed("counting " + kind, e);
        }
    }
}

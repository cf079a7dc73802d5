package org.triagem.infrastructure.retention;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.triagem.domain.model.retention.AnonymisationRecord;
import org.triagem.domain.model.retention.DataKind;
import org.triagem.domain.model.retention.PrivacyAudit;
import org.triagem.domain.model.retention.RetentionRun;

/** The {@code anonymisation_audit} and {@code retention_run} tables (migration 47). */
@ApplicationScoped
public class SqlPrivacyAudit implements PrivacyAudit {

    /** The run table's count columns, in {@link DataKind} order. */
    private static final String[] COUNTS = {"closed_cases", "quarantine", "attachments", "outbox_bodies",
        "survey_comments", "call_records"};

    @Resource(lookup = "jdbc/triagem")
    DataSource dataSource;

    void madeAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // made on the application's thread, where java:comp resolves
    }

    @Override
    public void record(AnonymisationRecord a) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO"
                + " anonymisation_audit (performed_by, performed_at, reason, subject_hash, subject_masked, case_count,"
                + " protocols, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, a.performedBy());
            s.setObject(2, a.performedAt());
            s.setString(3, a.reason());
            s.setString(4, a.subjectHash());
            s.setString(5, a.subjectMasked());
            s.setInt(6, a.protocols().size());
            s.setString(7, String.join(",", a.protocols()));
            s.setObject(8, a.runId());
            s.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failed("auditing an anonymisation", e);
        }
    }

    @Override
    public List<AnonymisationRecord> recentAnonymisations(int limit) {
        List<AnonymisationRecord> records = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT performed_by,"
                + " performed_at, reason, subject_hash, subject_masked, protocols, run_id FROM anonymisation_audit"
                + " ORDER BY id DESC LIMIT ?")) {
            s.setInt(1, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String protocols = r.getString(6);
                    long run = r.getLong(7);
                    records.add(new AnonymisationRecord(r.getString(1), r.getObject(2, OffsetDateTime.class),
                            r.getString(3), r.getString(4), r.getString(5),
                            protocols.isEmpty() ? List.of() : Arrays.asList(protocols.split(",")),
                            r.wasNull() ? null : run));
                }
            }
        } catch (SQLException e) {
            throw Sql.failed("reading the anonymisation audit", e);
        }
        return records;
    }

    @Override
    public long startRun(String node, boolean dryRun, OffsetDateTime startedAt) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO"
                + " retention_run (node, dry_run, started_at, finished_at, " + String.join(", ", COUNTS)
                + ") VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0, 0)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, node);
            s.setBoolean(2, dryRun);
            s.setObject(3, startedAt);
            s.setObject(4, startedAt);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw Sql.failed("recording a retention run", e);
        }
    }

    @Override
    public RetentionRun finishRun(long id, OffsetDateTime finishedAt, Map<DataKind, Long> counts) {
        StringBuilder set = new StringBuilder("finished_at = ?");
        for (String column : COUNTS) {
            set.append(", ").append(column).append(" = ?");
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE retention_run SET " + set + " WHERE id = ?")) {
            s.setObject(1, finishedAt);
            DataKind[] kinds = DataKind.values();
            for (int i = 0; i < kinds.length; i++) {
                s.setLong(2 + i, counts.getOrDefault(kinds[i], 0L));
            }
            s.setLong(2 + kinds.length, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failed("recording a retention run", e);
        }
        return run(id);
    }

    private RetentionRun run(long id) {
        return runs("WHERE id = " + id, 1).get(0);
    }

    @Override
    public List<RetentionRun> recentRuns(int limit) {
        return runs("", limit);
    }

    private List<RetentionRun> runs(String where, int limit) {
        List<RetentionRun> runs = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT id, node,"
                + " dry_run, started_at, finished_at, " + String.join(", ", COUNTS)
                + " FROM retention_run " + where + " ORDER BY id DESC LIMIT ?")) {
            s.setInt(1, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Map<DataKind, Long> counts = new EnumMap<>(DataKind.class);
                    DataKind[] kinds = DataKind.values();
                    for (int i = 0; i < kinds.length; i++) {
                        counts.put(kinds[i], r.getLong(6 + i));
                    }
                    runs.add(new RetentionRun(r.getLong(1), r.getString(2), r.getBoolean(3),
                            r.getObject(4, OffsetDateTime.class), r.getObject(5, OffsetDateTime.class), counts));
                }
            }
        } catch (SQLException e) {
            throw Sql.failed("reading retention runs", e);
        }
        return runs;
    }
}

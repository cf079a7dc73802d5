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
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.triagem.domain.model.retention.LegalHold;
import org.triagem.domain.model.retention.LegalHolds;
import org.triagem.domain.model.retention.SubjectKey;

/** The {@code legal_hold} table (migration 47). */
@ApplicationScoped
public class SqlLegalHolds implements LegalHolds {

    private static final String COLUMNS = "id, protocol, subject_hash, subject_masked, reason, placed_by, placed_at,"
            + " released_by, released_at";

    @Resource(lookup = "jdbc/triagem")
    DataSource dataSource;

    void madeAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // made on the application's thread, where java:comp resolves
    }

    @Override
    public LegalHold place(String protocol, SubjectKey subject, String reason, String placedBy, OffsetDateTime at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO legal_hold"
                + " (protocol, subject_hash, subject_masked, reason, placed_by, placed_at) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, protocol);
            s.setString(2, subject == null ? null : subject.hash());
            s.setString(3, subject == null ? null : subject.masked());
            s.setString(4, reason);
            s.setString(5, placedBy);
            s.setObject(6, at);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return new LegalHold(keys.getLong(1), protocol, subject == null ? null : subject.hash(),
                        subject == null ? null : subject.masked(), reason, placedBy, at, null, null);
            }
        } catch (SQLException e) {
            throw Sql.failed("placing a legal hold", e);
        }
    }

    @Override
    public Optional<LegalHold> release(long id, String releasedBy, OffsetDateTime at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("UPDATE legal_hold"
                + " SET released_by = ?, released_at = ? WHERE id = ? AND released_at IS NULL")) {
            s.setString(1, releasedBy);
            s.setObject(2, at);
            s.setLong(3, id);
            if (s.executeUpdate() == 0) {
                return Optional.empty();
            }
            return select(c, "SELECT " + COLUMNS + " FROM legal_hold WHERE id = " + id).stream().findFirst();
        } catch (SQLException e) {
            throw Sql.failed("releasing a legal hold", e);
        }
    }

    @Override
    public List<LegalHold> active() {
        try (Connection c = dataSource.getConnection()) {
            return select(c, "SELECT " + COLUMNS + " FROM legal_hold WHERE released_at IS NULL ORDER BY id");
        } catch (SQLException e) {
            throw Sql.failed("reading legal holds", e);
        }
    }

    @Override
    public List<LegalHold> activeOn(Collection<String> protocols, Collection<String> subjectHashes) {
        List<String> params = new ArrayList<>();
        params.addAll(protocols);
        params.addAll(subjectHashes);
        if (params.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT " + COLUMNS + " FROM legal_hold WHERE released_at IS NULL AND (protocol IN ("
                + marks(protocols.size()) + ") OR subject_hash IN (" + marks(subjectHashes.size()) + ")) ORDER BY id";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                s.setString(i + 1, params.get(i));
            }
            return read(s);
        } catch (SQLException e) {
            throw Sql.failed("reading legal holds", e);
        }
    }

    /** Question marks for an IN list; an empty list matches nothing (a NULL compares unequal to all). */
    private static String marks(int n) {
        return n == 0 ? "NULL" : String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static List<LegalHold> select(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            return read(s);
        }
    }

    private static List<LegalHold> read(PreparedStatement s) throws SQLException {
        List<LegalHold> holds = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                holds.add(new LegalHold(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getObject(7, OffsetDateTime.class), r.getString(8),
                        r.getObject(9, OffsetDateTime.class)));
            }
        }
        return holds;
    }
}

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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.triagem.domain.model.complaint.CaseStatus;
import org.triagem.domain.model.retention.SubjectCase;
import org.triagem.domain.model.retention.SubjectCases;
import org.triagem.domain.model.retention.SubjectKey;
import org.triagem.domain.model.retention.TextScrubber;

/**
 * The cases of data subjects in {@code complaint_case} and the tables that hang off it. Anonymising a batch
 * reads each table once for the batch's ids, scrubs the texts here, and writes back only the rows whose text
 * changed, in one JDBC batch per table.
 */
@ApplicationScoped
public class SqlSubjectCases implements SubjectCases {

    /** Where an anonymised mail's recipient pointed: a reserved domain (RFC 2606) that delivers nowhere. */
    static final String NOBODY = "anonimizado@anonimizado.invalid";

    private static final String CASE_COLUMNS = "c.id, c.protocol, c.status, c.customer_name, c.customer_email,"
            + " c.customer_cpf, c.customer_phone";

    /**
     * Cases past the policy: no longer worked, not yet anonymised, untouched (no history entry, and no call,
     * since the cutoffs; a case without either counts from its opening) and not held. The last entry and the
     * last call are asked per case, as scalar subqueries on the case's own index: written as {@code NOT
     * EXISTS}, PostgreSQL turned them into an anti-join against every recent history entry, which intake keeps
     * adding while the job runs, and a claim of 500 cost a second once 15,000 entries were recent
     * (docs/benchmarks.md section 11).
     */
    private static final String EXPIRED_WHERE = " FROM complaint_case c WHERE c.status IN " + Sql.NOT_OPEN
            + " AND c.anonymised_at IS NULL"
            + " AND COALESCE((SELECT MAX(e.occurred_at) FROM case_event e WHERE e.case_id = c.id), c.opened_at) < ?"
            + " AND COALESCE((SELECT MAX(p.received_at) FROM phone_event p WHERE p.case_id = c.id), c.opened_at) < ?"
            + " AND NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.protocol = c.protocol AND h.released_at IS NULL)";

    static final String CLAIM_SQL = "SELECT " + CASE_COLUMNS + EXPIRED_WHERE
            + " AND c.id > ? ORDER BY c.id LIMIT ? FOR UPDATE SKIP LOCKED";

    @Resource(lookup = "jdbc/triagem")
    DataSource dataSource;

    /** Made at start-up, on the application's thread, where {@code java:comp} resolves (see JpaCaseSearch). */
    void madeAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // nothing else to do
    }

    @Override
    public List<SubjectCase> casesOf(SubjectKey subject) {
        String where = switch (subject.kind()) {
            case CPF -> "c.customer_cpf = ?";
            case EMAIL -> "LOWER(c.customer_email) = LOWER(?)";
            case PHONE -> "c.customer_phone = ?";
        };
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + CASE_COLUMNS + " FROM complaint_case c WHERE "
                        + where + " ORDER BY c.id FOR UPDATE")) {
            s.setString(1, subject.value());
            List<SubjectCase> cases = read(s, Map.of());
            return withLastCalls(c, cases);
        } catch (SQLException e) {
            throw Sql.failed("reading the subject's cases", e);
        }
    }

    @Override
    public List<SubjectCase> claimExpired(OffsetDateTime untouchedSince, OffsetDateTime callsSince, long afterId,
            int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(CLAIM_SQL)) {
            s.setObject(1, untouchedSince);
            s.setObject(2, callsSince);
            s.setLong(3, afterId);
            s.setInt(4, limit);
            return read(s, Map.of());
        } catch (SQLException e) {
            throw Sql.failed("claiming expired cases", e);
        }
    }

    @Override
    public long countExpired(OffsetDateTime untouchedSince, OffsetDateTime callsSince) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*)" + EXPIRED_WHERE)) {
            s.setObject(1, untouchedSince);
            s.setObject(2, callsSince);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw Sql.failed("counting expired cases", e);
        }
    }

    @Override
    public int anonymise(List<SubjectCase> cases, OffsetDateTime now) {
        if (cases.isEmpty()) {
            return 0;
        }
        Map<Long, TextScrubber> scrubbers = cases.stream()
                .collect(Collectors.toMap(SubjectCase::id, SubjectCase::scrubber));
        Map<String, TextScrubber> byProtocol = cases.stream()
                .collect(Collectors.toMap(SubjectCase::protocol, sc -> scrubbers.get(sc.id())));
        String ids = Sql.in(scrubbers.keySet());
        try (Connection c = dataSource.getConnection()) {
            int changed = 0;
            changed += scrubRows(c, "SELECT id, case_id, subject, body FROM case_message WHERE case_id IN " + ids,
                    "UPDATE case_message SET subject = ?, body = ? WHERE id = ?", 2, scrubbers::get);
            changed += scrubRows(c, "SELECT id, case_id, detail, value_before, value_after, params FROM case_event"
                    + " WHERE case_id IN " + ids,
                    "UPDATE case_event SET detail = ?, value_before = ?, value_after = ?, params = ? WHERE id = ?", 4,
                    scrubbers::get);
            changed += scrubRows(c, "SELECT id, case_id, file_name FROM case_attachment WHERE case_id IN " + ids,
                    "UPDATE case_attachment SET file_name = ? WHERE id = ?", 1, scrubbers::get);
            changed += update(c, "UPDATE case_attachment SET content = ? WHERE case_id IN " + ids, new byte[0]);
            changed += anonymiseMail(c, byProtocol);
            changed += update(c, "UPDATE survey SET comment = NULL, customer_key = 'anonimizado' WHERE protocol IN "
                    + quoted(byProtocol.keySet()));
            changed += update(c, "DELETE FROM case_search WHERE case_id IN " + ids);
            changed += anonymiseCases(c, ids, scrubbers, now);
            return changed;
        } catch (SQLException e) {
            throw Sql.failed("anonymising " + cases.size() + " cases", e);
        }
    }

    @Override
    public int countQuarantinedOf(SubjectKey subject) {
        return quarantinedOf(subject).size();
    }

    @Override
    public int scrubQuarantinedOf(SubjectKey subject, TextScrubber scrubber) {
        Set<Long> ids = quarantinedOf(subject);
        if (ids.isEmpty()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection()) {
            return scrubRows(c, "SELECT id, id, payload, reason, source_key FROM quarantine WHERE id IN " + Sql.in(ids)
                    + " FOR UPDATE", "UPDATE quarantine SET payload = ?, reason = ?, source_key = ? WHERE id = ?", 3,
                    id -> scrubber);
        } catch (SQLException e) {
            throw Sql.failed("scrubbing quarantined payloads", e);
        }
    }

    /** The quarantined items whose payload carries one of the ways the key may have been typed. */
    private Set<Long> quarantinedOf(SubjectKey subject) {
        Set<Long> ids = new LinkedHashSet<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id FROM quarantine WHERE LOWER(payload) LIKE ?"
                        + " OR LOWER(reason) LIKE ?")) {
            for (String form : TypedForms.of(subject)) {
                String like = "%" + form.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                s.setString(1, like);
                s.setString(2, like);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw Sql.failed("finding quarantined payloads", e);
        }
        return ids;
    }

    private static List<SubjectCase> read(PreparedStatement s, Map<Long, OffsetDateTime> lastCalls)
            throws SQLException {
        List<SubjectCase> cases = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                long id = r.getLong(1);
                cases.add(new SubjectCase(id, r.getString(2), CaseStatus.valueOf(r.getString(3)), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7), lastCalls.get(id)));
            }
        }
        return cases;
    }

    private static List<SubjectCase> withLastCalls(Connection c, List<SubjectCase> cases) throws SQLException {
        if (cases.isEmpty()) {
            return cases;
        }
        Map<Long, OffsetDateTime> last = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT case_id, MAX(received_at) FROM phone_event"
                + " WHERE case_id IN " + Sql.in(cases.stream().map(SubjectCase::id).toList()) + " GROUP BY case_id");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                last.put(r.getLong(1), r.getObject(2, OffsetDateTime.class));
            }
        }
        return cases.stream().map(sc -> new SubjectCase(sc.id(), sc.protocol(), sc.status(), sc.name(), sc.email(),
                sc.cpf(), sc.phone(), last.get(sc.id()))).toList();
    }

    /**
     * Reads rows (id, owner, then {@code texts} text columns), scrubs the texts with the owner's scrubber and
     * writes back the rows that changed: the update takes the texts, then the id.
     */
    private static int scrubRows(Connection c, String select, String update, int texts,
            Function<Long, TextScrubber> scrubberOf) throws SQLException {
        int changed = 0;
        try (PreparedStatement read = c.prepareStatement(select); ResultSet r = read.executeQuery();
                PreparedStatement write = c.prepareStatement(update)) {
            while (r.next()) {
                TextScrubber scrubber = scrubberOf.apply(r.getLong(2));
                boolean touched = false;
                for (int i = 0; i < texts; i++) {
                    String text = r.getString(3 + i);
                    String scrubbed = scrubber.scrub(text);
                    touched |= scrubbed != null && !scrubbed.equals(text);
                    write.setString(1 + i, scrubbed);
                }
                if (touched) {
                    write.setLong(texts + 1, r.getLong(1));
                    write.addBatch();
                    changed++;
                }
            }
            if (changed > 0) {
                write.executeBatch();
            }
        }
        return changed;
    }

    /** Mail to and about the subject: the recipient to nowhere, the texts scrubbed, pending mail given up. */
    private static int anonymiseMail(Connection c, Map<String, TextScrubber> byProtocol) throws SQLException {
        int changed = 0;
        try (PreparedStatement read = c.prepareStatement("SELECT id, protocol, subject, body, html_body, extra_headers"
                + " FROM outgoing_mail WHERE protocol IN " + quoted(byProtocol.keySet()));
                ResultSet r = read.executeQuery();
                PreparedStatement write = c.prepareStatement("UPDATE outgoing_mail SET recipient = ?,"
                        + " recipient_key = ?, subject = ?, body = ?, html_body = ?, extra_headers = ?,"
                        + " status = CASE WHEN status = 'PENDING' THEN 'FAILED' ELSE status END WHERE id = ?")) {
            while (r.next()) {
                TextScrubber scrubber = byProtocol.get(r.getString(2));
                write.setString(1, NOBODY);
                write.setString(2, NOBODY);
                write.setString(3, scrubber.scrub(r.getString(3)));
                write.setString(4, scrubber.scrub(r.getString(4)));
                write.setString(5, scrubber.scrub(r.getString(5)));
                write.setString(6, scrubber.scrub(r.getString(6)));
                write.setLong(7, r.getLong(1));
                write.addBatch();
                changed++;
            }
            if (changed > 0) {
                write.executeBatch();
            }
        }
        return changed;
    }

    /** The case rows last: contact data gone, subject and description scrubbed, the time it was done. */
    private static int anonymiseCases(Connection c, String ids, Map<Long, TextScrubber> scrubbers, OffsetDateTime now)
            throws SQLException {
        int changed = 0;
        try (PreparedStatement read = c.prepareStatement("SELECT id, subject, description, routing_fallback_reason"
                + " FROM complaint_case WHERE id IN " + ids);
                ResultSet r = read.executeQuery();
                PreparedStatement write = c.prepareStatement("UPDATE complaint_case SET customer_name = NULL,"
                        + " customer_email = NULL, customer_cpf = NULL, customer_phone = NULL, subject = ?,"
                        + " description = ?, routing_fallback_reason = ?, anonymised_at = ?, version = version + 1"
                        + " WHERE id = ?")) {
            while (r.next()) {
                TextScrubber scrubber = scrubbers.get(r.getLong(1));
                write.setString(1, scrubber.scrub(r.getString(2)));
                write.setString(2, scrubber.scrub(r.getString(3)));
                write.setString(3, scrubber.scrub(r.getString(4)));
                write.setObject(4, now);
                write.setLong(5, r.getLong(1));
                write.addBatch();
                changed++;
            }
            write.executeBatch();
        }
        return changed;
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }

    /** Protocol numbers (digits only, checked on the way in) inlined as an IN list of strings. */
    private static String quoted(Set<String> protocols) {
        return protocols.stream().peek(p -> {
            if (!p.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("not a protocol number");
            }
        }).map(p -> "'" + p + "'").collect(Collectors.joining(",", "(", ")"));
    }
}

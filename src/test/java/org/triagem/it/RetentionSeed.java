package org.triagem.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * Rows of a given age written straight into the IT database, for the retention tests: a case closed (or not)
 * with its last history entry that many days ago, calls, quarantined payloads, files, mails and survey answers.
 * Ids start far above what the sequences hand out.
 */
final class RetentionSeed {

    private final long base;

    RetentionSeed(long base) {
        this.base = base;
    }

    static OffsetDateTime daysAgo(int days) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusDays(days);
    }

    String protocol(int n) {
        return ProtocolNumber.issue(2020, base % 100_000_000L + n).value();
    }

    long id(int n) {
        return base + n;
    }

    /** Case {@code n}, with a customer whose CPF is in the description, last touched {@code days} ago. */
    void caseOf(int n, String status, int days, String cpf) throws SQLException {
        try (Connection c = ItDatabase.connect()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO complaint_case (id, protocol, channel,"
                    + " customer_name, customer_email, customer_cpf, customer_phone, subject, description, category,"
                    + " department, priority, status, sla_first_response_minutes, sla_resolution_minutes, sla_legal_days,"
                    + " legal_deadline, rule_set_version, opened_at, version, escalation_level) VALUES (?, ?, 'WEB_FORM',"
                    + " 'Ana Retida', ?, ?, '+5511912345678', 'Cobrança', ?, 'cobranca', 'Financeiro', 'P3', ?, 60, 480,"
                    + " 7, ?, 'v1', ?, 1, 0)")) {
                s.setLong(1, id(n));
                s.setString(2, protocol(n));
                s.setString(3, "retida-" + base + "-" + n + "@example.com");
                s.setString(4, cpf);
                s.setString(5, "Meu CPF é " + cpf + ". Fui cobrada duas vezes.");
                s.setString(6, status);
                s.setObject(7, daysAgo(days - 7));
                s.setObject(8, daysAgo(days + 1));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO case_event (id, case_id, occurred_at, actor,"
                    + " type, status_before, status_after, detail) VALUES (?, ?, ?, 'fabio', 'STATUS_CHANGED', NULL, ?,"
                    + " 'seeded')")) {
                s.setLong(1, id(n));
                s.setLong(2, id(n));
                s.setObject(3, daysAgo(days));
                s.setString(4, status);
                s.executeUpdate();
            }
        }
    }

    void call(int n, int caseN, int days) throws SQLException {
        run("INSERT INTO phone_event (event_id, event_type, call_id, case_id, opened_case, payload_sha256, received_at)"
                + " VALUES (?, 'ENDED', ?, ?, FALSE, 'x', ?)", "retention-" + base + "-" + n, "call-" + base + n,
                id(caseN), daysAgo(days));
    }

    void quarantined(int n, int days) throws SQLException {
        run("INSERT INTO quarantine (id, channel, payload, reason, received_at, version) VALUES (?, 'WEB_FORM',"
                + " '{\"cpf\":\"52998224725\"}', 'ilegível', ?, 1)", id(n), daysAgo(days));
    }

    void attachment(int n, int caseN, int days) throws SQLException {
        run("INSERT INTO case_attachment (id, case_id, file_name, content_type, size_bytes, content, received_at)"
                + " VALUES (?, ?, 'boleto.pdf', 'application/pdf', 3, ?, ?)", id(n), id(caseN), new byte[] {1, 2, 3},
                daysAgo(days));
    }

    void mail(int n, int caseN, String status, int days) throws SQLException {
        run("INSERT INTO outgoing_mail (id, protocol, kind, recipient, recipient_key, subject, body, message_id, status,"
                + " attempts, next_attempt_at, created_at, version) VALUES (?, ?, 'ACKNOWLEDGEMENT', 'a@example.com',"
                + " 'a@example.com', 'Protocolo', 'Olá Ana', ?, ?, 1, ?, ?, 1)", id(n), protocol(caseN),
                "<retention-" + base + "-" + n + "@triagem.test>", status, daysAgo(days), daysAgo(days));
    }

    void survey(int n, int caseN, int days) throws SQLException {
        run("INSERT INTO survey (id, protocol, customer_key, kinds, nps_offered, created_at, expires_at, answered_at,"
                + " csat, comment, version) VALUES (?, ?, 'k', 'CSAT', FALSE, ?, ?, ?, 4, 'A atendente Ana foi ótima', 1)",
                id(n), protocol(caseN), daysAgo(days + 1), daysAgo(days - 29), daysAgo(days));
    }

    /** The first column of the first row, or null. */
    static Object value(String sql, Object... params) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getObject(1) : null;
            }
        }
    }

    static long count(String sql, Object... params) throws SQLException {
        return ((Number) value(sql, params)).longValue();
    }

    private static void run(String sql, Object... params) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }
}

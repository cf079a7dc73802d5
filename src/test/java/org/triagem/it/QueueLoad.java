package org.triagem.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * A department's queue in bulk, straight into the IT server's database (a thousand cases through the
 * intake would take minutes): open P3 web-form cases opened three days ago, each with its three SLA
 * clocks running. Ids and protocol numbers are drawn from the application's own sequences (ids in
 * EclipseLink's blocks of 500), so the server never hands out one of them again. Each call makes a
 * department of its own, which no other test lists.
 */
final class QueueLoad {

    private static final int ID_BLOCK = 500;

    private QueueLoad() {
    }

    /** A department name no earlier run used. */
    static String newDepartment() {
        return "Fila " + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * One case per entry: its first response due that many minutes from the database's now (negative:
     * overdue), its resolution a day after that, its legal answer in seven days. Answers the protocols in
     * the order given.
     */
    static List<String> seed(String department, int[] firstResponseMinutes) throws SQLException {
        int count = firstResponseMinutes.length;
        try (Connection c = ItDatabase.connect()) {
            c.setAutoCommit(false);
            List<Long> caseIds = ids(c, "case_seq", count);
            List<Long> clockIds = ids(c, "sla_clock_seq", 3 * count);
            List<String> protocols = protocols(c, count);
            try (PreparedStatement cases = c.prepareStatement("INSERT INTO complaint_case (id, protocol, channel,"
                    + " subject, description, department, priority, status, sla_first_response_minutes,"
                    + " sla_resolution_minutes, sla_legal_days, legal_deadline, rule_set_version, opened_at, version,"
                    + " escalation_level) VALUES (?, ?, 'WEB_FORM', ?, 'Carga de teste da fila', ?, 'P3', 'NEW', 240,"
                    + " 1440, 7, CURRENT_TIMESTAMP + INTERVAL '7' DAY, 'v1', CURRENT_TIMESTAMP - INTERVAL '3' DAY, 1, 0)");
                    PreparedStatement clocks = c.prepareStatement("INSERT INTO sla_clock (id, case_id, clock, phase,"
                            + " breached, pausable, target_minutes, consumed_minutes, running_since, due_at, pause_count)"
                            + " VALUES (?, ?, ?, 'RUNNING', FALSE, TRUE, 240, 0, CURRENT_TIMESTAMP - INTERVAL '3' DAY,"
                            + " CURRENT_TIMESTAMP + (CAST(? AS INTEGER) * INTERVAL '1' MINUTE), 0)")) {
                for (int i = 0; i < count; i++) {
                    cases.setLong(1, caseIds.get(i));
                    cases.setString(2, protocols.get(i));
                    cases.setString(3, "Caso de carga " + (i + 1));
                    cases.setString(4, department);
                    cases.addBatch();
                    int first = firstResponseMinutes[i];
                    int[] dues = {first, first + 1440, 7 * 1440};
                    String[] kinds = {"FIRST_RESPONSE", "RESOLUTION", "LEGAL"};
                    for (int k = 0; k < 3; k++) {
                        clocks.setLong(1, clockIds.get(3 * i + k));
                        clocks.setLong(2, caseIds.get(i));
                        clocks.setString(3, kinds[k]);
                        clocks.setInt(4, dues[k]);
                        clocks.addBatch();
                    }
                }
                cases.executeBatch();
                clocks.executeBatch();
            }
            c.commit();
            return protocols;
        }
    }

    /** {@code count} ids of the sequence: each value drawn is the top of a block of 500 (IdBlocksOf500). */
    private static List<Long> ids(Connection c, String sequence, int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement next = c.prepareStatement("SELECT nextval('" + sequence + "')")) {
            while (ids.size() < count) {
                try (ResultSet rs = next.executeQuery()) {
                    rs.next();
                    long top = rs.getLong(1);
                    for (long id = top - ID_BLOCK + 1; id <= top && ids.size() < count; id++) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }

    private static List<String> protocols(Connection c, int count) throws SQLException {
        List<String> protocols = new ArrayList<>();
        try (PreparedStatement next = c.prepareStatement("SELECT nextval('protocol_seq') FROM generate_series(1, ?)")) {
            next.setInt(1, count);
            try (ResultSet rs = next.executeQuery()) {
                while (rs.next()) {
                    protocols.add(ProtocolNumber.issue(Year.now().getValue(), rs.getLong(1)).value());
                }
            }
        }
        return protocols;
    }
}

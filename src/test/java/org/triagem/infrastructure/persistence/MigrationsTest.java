package org.triagem.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import jakarta.persistence.SequenceGenerator;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations apply to the embedded database in PostgreSQL mode, as the server runs them. */
class MigrationsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.ofHours(-3));

    private static JdbcDataSource newDatabase() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        return db;
    }

    private static MigrateResult migrate(JdbcDataSource db) {
        return DatabaseMigrations.configure(db).load().migrate();
    }

    @Test
    void appliesEveryMigrationAndStoresARuleSetZipWithAnEmptyActivePointer() throws SQLException {
        JdbcDataSource db = newDatabase();

        MigrateResult result = migrate(db);

        assertThat(result.targetSchemaVersion).isEqualTo(String.valueOf(newestMigration()));
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

    @Test
    void everySequenceStepsByItsEntitysIdBlockSoEclipseLinkAcceptsTheFirstBlock() throws SQLException {
        JdbcDataSource db = newDatabase();
        migrate(db);
        Map<String, Integer> blocks = new TreeMap<>();
        for (Class<?> entity : ENTITIES) {
            SequenceGenerator generator = Arrays.stream(entity.getDeclaredFields())
                    .map(f -> f.getAnnotation(SequenceGenerator.class)).filter(Objects::nonNull).findFirst()
                    .orElseThrow(() -> new AssertionError(entity + " has no @SequenceGenerator"));
            blocks.put(generator.sequenceName(), generator.allocationSize());
        }
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (Map.Entry<String, Integer> block : blocks.entrySet()) {
                try (ResultSet rs = s.executeQuery("SELECT increment FROM information_schema.sequences"
                        + " WHERE sequence_name = '" + block.getKey() + "'")) {
                    assertThat(rs.next()).as(block.getKey()).isTrue();
                    assertThat(rs.getLong(1)).as("step of %s", block.getKey()).isEqualTo(block.getValue().longValue());
                }
                try (ResultSet rs = s.executeQuery("SELECT nextval('" + block.getKey() + "')")) {
                    rs.next();
                    // EclipseLink reads v as the block v - size + 1 .. v and refuses v < size - 1.
                    assertThat(rs.getLong(1) - block.getValue() + 1).as("first id of %s", block.getKey())
                            .isPositive();
                }
            }
        }
    }

    @Test
    void idsInUseBeforeTheBlocksGrewAreNeverHandedOutAgain() throws SQLException {
        JdbcDataSource db = newDatabase();
        Flyway.configure().dataSource(db).locations("classpath:db/migration")
                .placeholders(DatabaseMigrations.placeholders(db)).skipDefaultCallbacks(true)
                .target("20").load().migrate();
        long lastBlockEnd;
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            // A node of the earlier release drew three blocks of 50 ids (up to 150) and may use any of them.
            for (int i = 0; i < 2; i++) {
                s.executeQuery("SELECT nextval('case_event_seq')").close();
            }
            try (ResultSet rs = s.executeQuery("SELECT nextval('case_event_seq')")) {
                rs.next();
                lastBlockEnd = rs.getLong(1);
            }
        }
        assertThat(lastBlockEnd).isEqualTo(150);

        migrate(db);

        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT nextval('case_event_seq')")) {
            rs.next();
            long firstOfNewBlock = rs.getLong(1) - IdBlocksOf500.BLOCK + 1;
            assertThat(firstOfNewBlock).isGreaterThan(lastBlockEnd);
        }
    }

    @Test
    void mailQueuedBeforeTheRecipientKeyGetsTheLowerCaseAddressTheDailyLimitCounts() throws SQLException {
        JdbcDataSource db = newDatabase();
        Flyway.configure().dataSource(db).locations("classpath:db/migration")
                .placeholders(DatabaseMigrations.placeholders(db)).skipDefaultCallbacks(true)
                .javaMigrations(new IdBlocksOf500()).target("21").load().migrate();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO outgoing_mail (id, protocol, kind, recipient, subject, body, message_id,"
                    + " status, attempts, next_attempt_at, created_at, version) VALUES (7, '20260000000018', 'ACKNOWLEDGEMENT',"
                    + " 'Maria.Souza@Example.COM', 'Olá', 'Olá', '<7@triagem>', 'SENT', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
        }

        migrate(db);

        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT recipient, recipient_key FROM outgoing_mail WHERE id = 7")) {
            rs.next();
            assertThat(rs.getString(1)).as("the address as sent").isEqualTo("Maria.Souza@Example.COM");
            assertThat(rs.getString(2)).as("the address as counted").isEqualTo("maria.souza@example.com");
        }
    }

    /** Every entity whose id comes from a database sequence. */
    private static final List<Class<?>> ENTITIES = List.of(org.triagem.domain.model.complaint.Case.class,
            org.triagem.domain.model.complaint.CaseEvent.class, org.triagem.domain.model.complaint.CaseMessage.class,
            org.triagem.domain.model.complaint.CaseAttachment.class, org.triagem.domain.model.sla.SlaClock.class,
            org.triagem.domain.model.sla.SlaCheckpoint.class, org.triagem.domain.model.outbox.OutgoingMail.class,
            org.triagem.domain.model.quarantine.QuarantinedContact.class,
            org.triagem.domain.model.ruleset.RuleSetVersion.class,
            org.triagem.domain.model.catalogue.CatalogueEntry.class,
            org.triagem.domain.model.catalogue.CatalogueChange.class);

    @Test
    void theListsAreSeededWithEveryDepartmentTheShippedRulesRouteToAndTheSeedIsTheirFirstRevision()
            throws Exception {
        JdbcDataSource db = newDatabase();
        migrate(db);
        java.util.Set<String> departments = new java.util.TreeSet<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT code FROM catalogue_entry WHERE kind = 'DEPARTMENT'"
                    + " AND retired_at IS NULL")) {
                while (rs.next()) {
                    departments.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM catalogue_change c JOIN catalogue_entry e"
                    + " ON e.code = c.code AND e.kind = c.kind WHERE c.revision = 1 AND c.action = 'ADDED'")) {
                rs.next();
                try (ResultSet all = c.createStatement().executeQuery("SELECT COUNT(*) FROM catalogue_entry")) {
                    all.next();
                    assertThat(rs.getLong(1)).isEqualTo(all.getLong(1)).isGreaterThan(20);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT kind, revision FROM catalogue ORDER BY kind")) {
                List<String> revisions = new java.util.ArrayList<>();
                while (rs.next()) {
                    revisions.add(rs.getString(1) + " " + rs.getLong(2));
                }
                assertThat(revisions).containsExactly("DEPARTMENT 1", "RESOLUTION_CODE 1", "ROOT_CAUSE 1");
            }
        }
        // Every department the shipped rules can send a case to: the last cell of each row of ownership's
        // table (the rows after NAME, the object row, the template row and the analysts' labels), and
        // escalation's moves.
        java.util.Set<String> routedTo = new java.util.TreeSet<>();
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.DEFAULT.parse(
                java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("rules/ownership/ownership.drl.csv")))
                .getRecords();
        int nameRow = 0;
        while (!rows.get(nameRow).get(0).equals("NAME")) {
            nameRow++;
        }
        for (org.apache.commons.csv.CSVRecord row : rows.subList(nameRow + 4, rows.size())) {
            String department = row.get(row.size() - 1).strip();
            if (!department.isEmpty()) {
                routedTo.add(department);
            }
        }
        java.util.regex.Matcher moved = java.util.regex.Pattern.compile("moveTo\\( \"([^\"]+)\" \\)")
                .matcher(java.nio.file.Files.readString(java.nio.file.Path.of("rules/escalation/escalation.drl")));
        while (moved.find()) {
            routedTo.add(moved.group(1));
        }
        assertThat(routedTo).hasSizeGreaterThan(6);
        assertThat(departments).containsAll(routedTo);
    }

    @Test
    void claimsDuePendingMailInDueOrderSkippingRowsAnotherTransactionLocked() throws SQLException {
        JdbcDataSource db = newDatabase();
        migrate(db);
        try (Connection c = db.getConnection()) {
            insertMail(c, 50, "PENDING", NOW.minusMinutes(5));
            insertMail(c, 51, "PENDING", NOW.minusMinutes(10));
            insertMail(c, 52, "PENDING", NOW.plusMinutes(1));
            insertMail(c, 53, "SENT", NOW.minusMinutes(20));
            insertMail(c, 54, "PENDING", NOW);
        }
        try (Connection first = db.getConnection(); Connection second = db.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);

            List<Long> claimedFirst = claim(first, 2);
            assertThat(claimedFirst).containsExactly(51L, 50L);
            // The other node does not wait for the first one's locks, and never gets the same mail.
            // PostgreSQL hands it the rest (54); H2 locks every row the WHERE matches, not just the
            // LIMIT, so there it gets nothing until the first commits: safe, only not parallel.
            assertThat(claim(second, 10)).doesNotContainAnyElementsOf(claimedFirst).isSubsetOf(54L);

            first.rollback();
            second.rollback();
            assertThat(claim(second, 10)).containsExactly(51L, 50L, 54L);
            second.rollback();
        }
    }

    private static List<Long> claim(Connection c, int limit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement claim = c.prepareStatement(JpaOutbox.CLAIM_DUE_SQL)) {
            claim.setObject(1, NOW);
            claim.setInt(2, limit);
            try (ResultSet rs = claim.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    @Test
    void aContactsSourceKeyIsClaimedOnceBeforeItsCaseExists() throws SQLException {
        JdbcDataSource db = newDatabase();
        migrate(db);
        String claim = "INSERT INTO intake_receipt (channel, source_key, received_at) VALUES ('EMAIL',"
                + " 'imap:mail/INBOX:7:42', ?) ON CONFLICT DO NOTHING";
        try (Connection c = db.getConnection(); PreparedStatement first = c.prepareStatement(claim);
                PreparedStatement second = c.prepareStatement(claim)) {
            first.setObject(1, NOW);
            second.setObject(1, NOW);
            assertThat(first.executeUpdate()).isEqualTo(1);
            assertThat(second.executeUpdate()).isZero();
        }
    }

    private static void insertMail(Connection c, long id, String status, OffsetDateTime due) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO outgoing_mail (id, protocol, kind, recipient,"
                + " recipient_key, subject, body, message_id, status, attempts, next_attempt_at, created_at, version)"
                + " VALUES (?, '20260000000018', 'ACKNOWLEDGEMENT', 'maria@example.com', 'maria@example.com',"
                + " '[#20260000000018] Olá', 'Olá', ?, ?, 0, ?, ?, 1)")) {
            insert.setLong(1, id);
            insert.setString(2, "<20260000000018." + id + "@triagem>");
            insert.setString(3, status);
            insert.setObject(4, due);
            insert.setObject(5, NOW.minusHours(1));
            insert.executeUpdate();
        }
    }

    /** The highest migration shipped, SQL or Java, so this test needs no edit when one is added. */
    private static int newestMigration() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            int sql = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            return Math.max(sql, Math.max(Integer.parseInt(new IdBlocksOf500().getVersion().getVersion()),
                    Integer.parseInt(new CaseSearchDocuments().getVersion().getVersion())));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

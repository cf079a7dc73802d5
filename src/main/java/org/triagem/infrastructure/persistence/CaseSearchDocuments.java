package org.triagem.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.triagem.domain.model.search.SearchDocument;

/**
 * Migration 37: every case gets a search document in {@code case_search} (one row per case, keyed by its
 * id; no foreign key, as an intake batch writes the row before EclipseLink inserts the case at commit),
 * and the cases written before are back-filled. The two databases keep different documents, so this is
 * Java, not SQL with placeholders:
 *
 * <ul>
 * <li>PostgreSQL: full-text search. The {@code unaccent} extension (a trusted extension since
 * PostgreSQL 13: the schema's owner may create it; docs/operating.md says what a DBA grants), a text-search
 * configuration {@code triagem_search} that is {@code portuguese} with accents removed before stemming (so
 * "cobranca" and "Cobrança" stem alike, in the documents and the queries), a {@code tsvector} column with
 * a GIN index, and two functions every writer and reader share: {@code triagem_search_document} (heading
 * weighted A, description B, conversation C) and {@code triagem_search_query} ({@code websearch_to_tsquery}:
 * words, "phrases", {@code or}, {@code -word}). The back-fill is one INSERT ... SELECT.</li>
 * <li>H2 (embedded, development): the heading and the rest (description and conversation) as accent-free
 * lower-case text, matched with LIKE per word. The back-fill runs here, through the same {@link
 * SearchDocument} and normalization the server writes with.</li>
 * </ul>
 *
 * <p>Both get an index on the cases' opening time: a search ranks the newest matching cases
 * ({@link JpaCaseSearch}), and a word found in a quarter of all cases is then read newest first from this
 * index instead of sorting every match.
 */
public class CaseSearchDocuments implements JavaMigration {

    private static final List<String> POSTGRESQL = List.of(
            "CREATE EXTENSION IF NOT EXISTS unaccent",
            "CREATE TEXT SEARCH CONFIGURATION triagem_search (COPY = portuguese)",
            "ALTER TEXT SEARCH CONFIGURATION triagem_search ALTER MAPPING FOR hword, hword_part, word"
                    + " WITH unaccent, portuguese_stem",
            """
            CREATE FUNCTION triagem_search_document(heading text, description text, conversation text)
                RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                SELECT setweight(to_tsvector('triagem_search', coalesce(heading, '')), 'A')
                    || setweight(to_tsvector('triagem_search', coalesce(description, '')), 'B')
                    || setweight(to_tsvector('triagem_search', coalesce(conversation, '')), 'C')
            $$""",
            // PARALLEL UNSAFE on purpose (it is safe): a statement that calls it gets no parallel plan. A search
            // reads the newest matches one by one from the index on the opening time and stops at the bound;
            // parallel workers racing down that index read far past it (48,124 cases instead of 28,782 for
            // 500 matches, 270 to 470 ms instead of 50 to 90, on the benchmark's two busy cores).
            """
            CREATE FUNCTION triagem_search_query(typed text) RETURNS tsquery
                LANGUAGE sql IMMUTABLE PARALLEL UNSAFE AS $$ SELECT websearch_to_tsquery('triagem_search', typed) $$""",
            "CREATE TABLE case_search (case_id BIGINT PRIMARY KEY, document tsvector NOT NULL)",
            // The conversation as SearchDocument builds it: subject and body of each message, oldest first,
            // the newest 100,000 characters; the description's first 100,000.
            """
            INSERT INTO case_search (case_id, document)
            SELECT c.id, triagem_search_document(concat_ws(' ', c.protocol, c.customer_name, c.subject),
                left(c.description, %d),
                (SELECT right(string_agg(concat_ws(' ', m.subject, m.body), ' ' ORDER BY m.received_at, m.id), %d)
                   FROM case_message m WHERE m.case_id = c.id))
              FROM complaint_case c""".formatted(SearchDocument.DESCRIPTION_LIMIT, SearchDocument.CONVERSATION_LIMIT),
            "CREATE INDEX ix_case_search_document ON case_search USING GIN (document)",
            "CREATE INDEX ix_case_opened_at ON complaint_case (opened_at)");

    private static final List<String> H2 = List.of(
            "CREATE TABLE case_search (case_id BIGINT PRIMARY KEY, heading VARCHAR NOT NULL, body VARCHAR NOT NULL)",
            "CREATE INDEX ix_case_opened_at ON complaint_case (opened_at)");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("37");
    }

    @Override
    public String getDescription() {
        return "case search documents";
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
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                .contains("postgres");
        try (Statement sql = connection.createStatement()) {
            for (String statement : postgres ? POSTGRESQL : H2) {
                sql.execute(statement);
            }
        }
        if (!postgres) {
            backFillEmbedded(connection);
        }
    }

    /** Every case's accent-free heading and body, cases and their messages read side by side in id order. */
    private static void backFillEmbedded(Connection connection) throws SQLException {
        try (Statement cases = connection.createStatement();
                Statement messages = connection.createStatement();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO case_search (case_id, heading, body) VALUES (?, ?, ?)");
                ResultSet c = cases.executeQuery("SELECT id, protocol, customer_name, subject, description"
                        + " FROM complaint_case ORDER BY id");
                ResultSet m = messages.executeQuery("SELECT case_id, subject, body FROM case_message"
                        + " ORDER BY case_id, received_at, id")) {
            boolean more = m.next();
            int batched = 0;
            while (c.next()) {
                long id = c.getLong(1);
                List<String> conversation = new ArrayList<>();
                while (more && m.getLong(1) < id) {
                    more = m.next();
                }
                while (more && m.getLong(1) == id) {
                    String subject = m.getString(2);
                    conversation.add(subject == null ? m.getString(3) : subject + " " + m.getString(3));
                    more = m.next();
                }
                SearchDocument document = SearchDocument.of(c.getString(2), c.getString(3), c.getString(4),
                        c.getString(5), conversation);
                insert.setLong(1, id);
                insert.setString(2, EmbeddedSearch.heading(document));
                insert.setString(3, EmbeddedSearch.body(document));
                insert.addBatch();
                if (++batched % 500 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }
}

package org.triagem.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.Map;
import org.triagem.domain.model.search.SearchDocument;
import org.triagem.domain.model.search.SearchQuery;

/**
 * PostgreSQL's full-text search: the document is a {@code tsvector} the database builds with
 * {@code triagem_search_document} (Portuguese stemming after unaccent; heading A, description B,
 * conversation C), matched with {@code @@} through its GIN index and ranked with {@code ts_rank}, so a word
 * in the subject or the customer's name outranks the same word in a later message.
 */
final class PostgresSearch implements SearchDialect {

    /** Fewer matches than this in all are read whole through the GIN index, and sorted. */
    static final int NARROW = 2_000;

    @Override
    public void store(EntityManager em, long caseId, SearchDocument document) {
        // COMMIT: the statement must not flush the persistence context (an intake batch inserts its cases at
        // the end); the row does not refer to them.
        em.createNativeQuery("INSERT INTO case_search (case_id, document) VALUES (?1, triagem_search_document(?2, ?3, ?4))"
                + " ON CONFLICT (case_id) DO UPDATE SET document = EXCLUDED.document")
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, caseId)
                .setParameter(2, document.heading())
                .setParameter(3, document.description())
                .setParameter(4, document.conversation())
                .executeUpdate();
    }

    @Override
    public String matches(SearchQuery query, Map<String, Object> params) {
        params.put("searchText", query.text());
        return "SQL('? @@ triagem_search_query(?)', s.document, :searchText)";
    }

    /**
     * Counted, up to {@value #NARROW}, through the GIN index, not guessed. The planner guesses a word it
     * has no statistics for (a protocol number, an order number, a rare name: most of what staff type) at
     * 0.5 % of the cases, and for "the newest 200 matches" it then reads the cases newest first, expecting
     * a match every 200: for a word in one case it read all 1,000,000 (5.3 s). A narrow query is asked
     * without the order (JpaCaseSearch), so the index of the words is the only way in.
     */
    @Override
    public boolean isNarrow(EntityManager em, SearchQuery query) {
        Number found = (Number) em.createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM case_search"
                + " WHERE document @@ triagem_search_query(?1) LIMIT " + NARROW + ") AS matched")
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, query.text())
                .getSingleResult();
        return found.intValue() < NARROW;
    }

    @Override
    public String rank(SearchQuery query, Map<String, Object> params) {
        params.put("searchText", query.text());
        return "SQL('ts_rank(?, triagem_search_query(?))', s.document, :searchText)";
    }
}

package org.triagem.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.util.Map;
import org.triagem.domain.model.search.SearchDocument;
import org.triagem.domain.model.search.SearchQuery;

/**
 * How one database keeps and matches the cases' search documents (migration 37 made its table): PostgreSQL's
 * full-text search ({@link PostgresSearch}) or the embedded database's accent-free text ({@link EmbeddedSearch}).
 * The JPQL fragments refer to the {@code case_search} row as {@code s}, an EclipseLink {@code TABLE('case_search')}
 * variable, and add their parameters to {@code params}.
 */
interface SearchDialect {

    /** Writes the case's document in this transaction, replacing the one it had. */
    void store(EntityManager em, long caseId, SearchDocument document);

    /** The JPQL condition under which {@code s} matches the query. */
    String matches(SearchQuery query, Map<String, Object> params);

    /** A JPQL number, higher for a better match of {@code s}. */
    String rank(SearchQuery query, Map<String, Object> params);

    /**
     * Whether the query matches so few cases in all (whatever the list's filters) that every match can be
     * read and sorted, rather than the newest read one by one until enough matched.
     */
    boolean isNarrow(EntityManager em, SearchQuery query);
}

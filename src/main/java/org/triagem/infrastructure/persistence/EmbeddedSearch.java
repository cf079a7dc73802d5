package org.triagem.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.triagem.domain.model.search.SearchDocument;
import org.triagem.domain.model.search.SearchQuery;
import org.triagem.domain.model.search.SearchText;

/**
 * The embedded database (H2, development) has no full-text search worth the name: the document is kept as
 * accent-free lower-case text, the heading apart from the body (description and conversation). A case
 * matches when every word of the query is in it, as a piece of text (so "cobr" finds "cobrança" too); its
 * rank is the number of times the words occur, those in the heading counting {@value #HEADING_WEIGHT} times.
 */
final class EmbeddedSearch implements SearchDialect {

    static final int HEADING_WEIGHT = 3;

    static String heading(SearchDocument document) {
        return SearchText.normalize(document.heading());
    }

    static String body(SearchDocument document) {
        return SearchText.normalize(document.description() + " " + document.conversation());
    }

    @Override
    public void store(EntityManager em, long caseId, SearchDocument document) {
        em.createNativeQuery("MERGE INTO case_search (case_id, heading, body) KEY (case_id) VALUES (?1, ?2, ?3)")
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, caseId)
                .setParameter(2, heading(document))
                .setParameter(3, body(document))
                .executeUpdate();
    }

    @Override
    public String matches(SearchQuery query, Map<String, Object> params) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < query.terms().size(); i++) {
            params.put("searchPattern" + i, "%" + escaped(query.terms().get(i)) + "%");
            all.add("(s.heading LIKE :searchPattern" + i + " OR s.body LIKE :searchPattern" + i + ")");
        }
        return "(" + String.join(" AND ", all) + ")";
    }

    @Override
    public String rank(SearchQuery query, Map<String, Object> params) {
        List<String> hits = new ArrayList<>();
        for (int i = 0; i < query.terms().size(); i++) {
            params.put("searchTerm" + i, query.terms().get(i));
            hits.add(HEADING_WEIGHT + " * " + occurrences("s.heading", i) + " + " + occurrences("s.body", i));
        }
        return "(" + String.join(" + ", hits) + ")";
    }

    /** The embedded database has one way to search: it reads every case's text. */
    @Override
    public boolean isNarrow(EntityManager em, SearchQuery query) {
        return false;
    }

    /** How many times term i occurs in the column: the length it loses when the term is taken out. */
    private static String occurrences(String column, int i) {
        return "SQL('((CHAR_LENGTH(?) - CHAR_LENGTH(REPLACE(?, ?, ''''))) / CHAR_LENGTH(?))', " + column + ", "
                + column + ", :searchTerm" + i + ", :searchTerm" + i + ")";
    }

    private static String escaped(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

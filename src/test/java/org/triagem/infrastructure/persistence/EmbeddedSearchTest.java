package org.triagem.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.search.SearchDocument;
import org.triagem.domain.model.search.SearchQuery;

/** The embedded database's search text and conditions, without a database. */
class EmbeddedSearchTest {

    @Test
    void theHeadingAndTheBodyAreKeptAccentFree() {
        SearchDocument d = SearchDocument.of("20260000000018", "Iracema Conceição", "Cobrança indevida",
                "Fui cobrada DUAS vezes.", List.of("Re: Cobrança Ainda não caiu."));

        assertThat(EmbeddedSearch.heading(d)).isEqualTo("20260000000018 iracema conceicao cobranca indevida");
        assertThat(EmbeddedSearch.body(d)).isEqualTo("fui cobrada duas vezes. re: cobranca ainda nao caiu.");
    }

    @Test
    void everyWordMustMatchAndLikeWildcardsTypedAreLiteral() {
        Map<String, Object> params = new HashMap<>();

        String condition = new EmbeddedSearch().matches(SearchQuery.of("Cobrança 50%_off").orElseThrow(), params);

        assertThat(condition).isEqualTo("((s.heading LIKE :searchPattern0 OR s.body LIKE :searchPattern0)"
                + " AND (s.heading LIKE :searchPattern1 OR s.body LIKE :searchPattern1))");
        assertThat(params).containsEntry("searchPattern0", "%cobranca%").containsEntry("searchPattern1", "%50\\%\\_off%");
    }
}

package org.triagem.domain.model.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.ProtocolNumber;

/** What staff type in the search box, as the list reads it. */
class SearchQueryTest {

    @Test
    void nothingTypedIsNoSearch() {
        assertThat(SearchQuery.of(null)).isEmpty();
        assertThat(SearchQuery.of("")).isEmpty();
        assertThat(SearchQuery.of("   ")).isEmpty();
    }

    @Test
    void wordsAreAccentFreeLowerCaseWithoutThePunctuationAroundThem() {
        SearchQuery q = SearchQuery.of("  \"Cobrança indevida,\" (cartão) -Fatura!  ").orElseThrow();

        assertThat(q.terms()).containsExactly("cobranca", "indevida", "cartao", "fatura");
        assertThat(q.text()).isEqualTo("\"Cobrança indevida,\" (cartão) -Fatura!");
        assertThat(q.protocol()).isEmpty();
        assertThat(q.findsNothing()).isFalse();
    }

    @Test
    void punctuationInsideAWordStays() {
        assertThat(SearchQuery.of("maria.souza@exemplo.com, marca-0f3e").orElseThrow().terms())
                .containsExactly("maria.souza@exemplo.com", "marca-0f3e");
    }

    @Test
    void controlCharactersAreWhiteSpace() {
        SearchQuery q = SearchQuery.of("cobran\u0000ça\tindevida\u0007").orElseThrow();

        assertThat(q.text()).isEqualTo("cobran ça indevida");
        assertThat(q.terms()).containsExactly("cobran", "ca", "indevida");
        assertThat(SearchQuery.of("\u0000\u0001")).isEmpty();
    }

    @Test
    void aWordTypedTwiceIsLookedForOnce() {
        assertThat(SearchQuery.of("Cobrança cobranca COBRANÇA").orElseThrow().terms()).containsExactly("cobranca");
    }

    @Test
    void onlyPunctuationFindsNothing() {
        SearchQuery q = SearchQuery.of("?! -- ... ''").orElseThrow();

        assertThat(q.terms()).isEmpty();
        assertThat(q.findsNothing()).isTrue();
    }

    @Test
    void aProtocolNumberHoweverTypedIsSearchedAsItsDigits() {
        String protocol = ProtocolNumber.issue(2026, 18).value();
        SearchQuery q = SearchQuery.of(" " + protocol.substring(0, 4) + "." + protocol.substring(4, 9) + " "
                + protocol.substring(9, 13) + "-" + protocol.substring(13)).orElseThrow();

        assertThat(q.protocol()).contains(ProtocolNumber.parse(protocol));
        assertThat(q.text()).isEqualTo(protocol);
        assertThat(q.terms()).containsExactly(protocol);
    }

    @Test
    void fourteenDigitsWithAWrongCheckDigitAreJustANumber() {
        String protocol = ProtocolNumber.issue(2026, 18).value();
        String wrong = protocol.substring(0, 13) + (char) ('0' + (protocol.charAt(13) - '0' + 1) % 10);

        assertThat(SearchQuery.of(wrong).orElseThrow().protocol()).isEmpty();
    }

    @Test
    void atMostTwoHundredCharactersAreASearch() {
        assertThat(SearchQuery.of("a".repeat(SearchQuery.MAX_LENGTH))).isPresent();
        assertThat(SearchQuery.of("  " + "a".repeat(SearchQuery.MAX_LENGTH) + "  ")).isPresent();
        assertThatThrownBy(() -> SearchQuery.of("a".repeat(SearchQuery.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessageContaining("200");
    }

    @Test
    void atMostTwelveWordsAreLookedForOneByOne() {
        SearchQuery q = SearchQuery.of("a b c d e f g h i j k l m n o").orElseThrow();

        assertThat(q.terms()).hasSize(SearchQuery.MAX_TERMS).startsWith("a").endsWith("l");
    }
}

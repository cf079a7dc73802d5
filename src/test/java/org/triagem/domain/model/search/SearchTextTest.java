package org.triagem.domain.model.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text as a search compares it: accents, case and spacing do not count; punctuation does. */
class SearchTextTest {

    @Test
    void accentsAndCaseAreDropped() {
        assertThat(SearchText.normalize("Cobrança INDEVIDA na Fatura")).isEqualTo("cobranca indevida na fatura");
        assertThat(SearchText.normalize("João, Antônio e Lúcia: não, é só ação à vista"))
                .isEqualTo("joao, antonio e lucia: nao, e so acao a vista");
        assertThat(SearchText.normalize("ÁÀÂÃÄ ÉÊË ÍÏ ÓÔÕÖ ÚÜ Ç Ñ")).isEqualTo("aaaaa eee ii oooo uu c n");
    }

    @Test
    void lettersThatCarryTheirAccentBecomePlainLetters() {
        assertThat(SearchText.normalize("Søren Łukasz Straße Æsir")).isEqualTo("soren lukasz strasse aesir");
    }

    @Test
    void anAlreadyDecomposedAccentIsDroppedToo() {
        // "ç" typed as c + combining cedilla, as some keyboards and mail clients send it
        assertThat(SearchText.normalize("cobranc\u0327a")).isEqualTo("cobranca");
    }

    @Test
    void runsOfWhiteSpaceBecomeOneSpace() {
        assertThat(SearchText.normalize("  entrega\t\tatrasada\r\n\u00a0pedido  ")).isEqualTo("entrega atrasada pedido");
    }

    @Test
    void punctuationStaysSoAddressesAndCodesAreFoundWhole() {
        assertThat(SearchText.normalize("Maria.Souza@Exemplo.COM.br, pedido #A-42_b"))
                .isEqualTo("maria.souza@exemplo.com.br, pedido #a-42_b");
    }

    @Test
    void nothingIsEmpty() {
        assertThat(SearchText.normalize(null)).isEmpty();
        assertThat(SearchText.normalize(" \n ")).isEmpty();
    }
}

package org.triagem.domain.model.retention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextScrubberTest {

    private final TextScrubber maria = TextScrubber.of("Maria da Conceição Souza", "maria.souza@example.com",
            "52998224725", "+5511987654321");

    @Test
    void removesTheSubjectsCpfWithAndWithoutPunctuation() {
        assertThat(maria.scrub("Meu CPF é 529.982.247-25, repito: 52998224725."))
                .isEqualTo("Meu CPF é [CPF removido], repito: [CPF removido].");
    }

    @Test
    void removesTheSubjectsPhoneAsBraziliansTypeIt() {
        assertThat(maria.scrub("Liguem no (11) 98765-4321 ou +55 11 98765-4321 ou 11987654321"))
                .doesNotContain("98765").doesNotContain("4321").contains("[telefone removido]");
    }

    @Test
    void removesTheSubjectsEmailWhateverItsCase() {
        assertThat(maria.scrub("Respondam para MARIA.SOUZA@EXAMPLE.COM por favor"))
                .isEqualTo("Respondam para [e-mail removido] por favor");
    }

    @Test
    void removesTheWholeNameAndItsPartsButNotTheParticles() {
        String scrubbed = maria.scrub("Sou Maria da Conceição Souza. A Souza da loja disse que a maria não existe.");
        assertThat(scrubbed).doesNotContainIgnoringCase("maria").doesNotContain("Souza").doesNotContain("Conceição")
                .contains("Sou [nome removido].").contains(" da loja ");
    }

    @Test
    void removesAThirdPartysValuesByTheirShape() {
        String scrubbed = TextScrubber.anyone().scrub("Meu marido, CPF 111.444.777-35, e-mail joao@exemplo.com.br,"
                + " celular (21) 99876-5432.");
        assertThat(scrubbed).isEqualTo("Meu marido, CPF [CPF removido], e-mail [e-mail removido],"
                + " celular [telefone removido].");
    }

    @Test
    void keepsProtocolNumbersAmountsAndDates() {
        String text = "Protocolo 20260000012345, valor R$ 1.234,56 cobrado em 05/12/2026, pedido 4711.";
        assertThat(TextScrubber.anyone().scrub(text)).isEqualTo(text);
        assertThat(maria.touches(text)).isFalse();
    }

    @Test
    void keepsElevenDigitsThatAreNeitherACpfNorAPhone() {
        String text = "Código de rastreio 12345678900";
        assertThat(TextScrubber.anyone().scrub(text)).isEqualTo(text);
    }

    @Test
    void leavesNullAndEmptyAsTheyAre() {
        assertThat(maria.scrub(null)).isNull();
        assertThat(maria.scrub("")).isEmpty();
    }

    @Test
    void scrubsAFileNameThatCarriesTheCpf() {
        assertThat(maria.scrub("comprovante-52998224725.pdf")).isEqualTo("comprovante-[CPF removido].pdf");
    }

    @Test
    void findsTheSubjectsValuesSplitAcrossSeparatorsTheShapesDoNotJoin() {
        // Two separators in a row ("247 -25") break a digit run for the shape pass: only the subject's own
        // value, matched with up to two separators, finds it; the digit count that lets a text skip the
        // value's pattern must still let this one through.
        assertThat(maria.scrub("CPF 529.982.247 -25")).isEqualTo("CPF [CPF removido]");
        assertThat(maria.scrub("fone 11 9876. 54321")).isEqualTo("fone [telefone removido]");
    }

    @Test
    void leavesTextsThatCannotHoldAValueAsTheyAreAndKeepsDollarSignsLiteral() {
        assertThat(maria.scrub("closed")).isEqualTo("closed");
        assertThat(maria.scrub("Re: Cobrança 4711")).isEqualTo("Re: Cobrança 4711");
        assertThat(TextScrubber.anyone().scrub("preço em US$ 10 @ loja")).isEqualTo("preço em US$ 10 @ loja");
        assertThat(TextScrubber.anyone().scrub("a$b@c not-an-address")).isEqualTo("a$b@c not-an-address");
    }
}

package org.triagem.domain.model.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.Channel;

class ComplaintMentionsTest {

    private static Complaint saying(String text) {
        return new Complaint(Channel.WEB_FORM, null, text, null, false);
    }

    @Test
    void ignoresAccentsAndCase() {
        assertThat(saying("COBRANCA INDEVIDA").mentions("cobrança indevida")).isTrue();
        assertThat(saying("não recebi").mentions("nao recebi")).isTrue();
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(saying("o proconsul disse").mentions("procon")).isFalse();
        assertThat(saying("fui ao procon.").mentions("procon")).isTrue();
    }

    @Test
    void matchesPhrasesAcrossLineBreaksAndExtraSpaces() {
        assertThat(saying("cobrança\n   indevida").mentions("cobrança indevida")).isTrue();
    }

    @Test
    void mentionsAnyChecksEachCommaSeparatedPhrase() {
        assertThat(saying("vou chamar meu advogado").mentionsAny("processo, advogado")).isTrue();
        assertThat(saying("tudo certo").mentionsAny("processo, advogado")).isFalse();
    }

    @Test
    void looksAtTheSubjectToo() {
        assertThat(new Complaint(Channel.EMAIL, "Reclamação Procon", "sem detalhes", null, false).mentions("procon"))
                .isTrue();
    }
}

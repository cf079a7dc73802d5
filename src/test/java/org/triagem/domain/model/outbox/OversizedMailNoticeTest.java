package org.triagem.domain.model.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OversizedMailNoticeTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(-3));

    @Test
    void tellsTheSenderInPortugueseWithSizeAndLimitAsAnAutomaticReplyAboutNoCase() {
        OutgoingMail mail = OversizedMailNotice.brazilian().compose("joao@cliente.test", "Fotos do defeito",
                "<big@cliente.test>", 15 * 1024 * 1024, 10 * 1024 * 1024, NOW);

        assertThat(mail.kind()).isEqualTo(MailKind.OVERSIZED_NOTICE);
        assertThat(mail.kind().isAutomatic()).isTrue();
        assertThat(mail.protocol()).isNull();
        assertThat(mail.recipient()).isEqualTo("joao@cliente.test");
        assertThat(mail.subject()).contains("tamanho acima do limite");
        assertThat(mail.body()).contains("\"Fotos do defeito\"").contains("15 MB").contains("limite é de 10 MB")
                .contains("nenhum protocolo foi aberto");
        assertThat(mail.headers()).containsEntry("Auto-Submitted", "auto-replied");
        assertThat(mail.inReplyTo()).isEqualTo("<big@cliente.test>");
        // names no protocol, so an answer to it opens a new case
        assertThat(mail.messageId()).matches("<notice\\.[0-9a-f]{24}@triagem>");
    }

    @Test
    void writesFractionalMegabytesTheBrazilianWayAndCopesWithoutSubject() {
        OversizedMailNotice notice = OversizedMailNotice.brazilian();
        assertThat(notice.megabytes(11_010_048)).isEqualTo("10,5 MB");
        OutgoingMail mail = notice.compose("joao@cliente.test", null, null, 11_010_048, 10_485_760, NOW);
        assertThat(mail.body()).contains("\"(sem assunto)\"");
        assertThat(mail.inReplyTo()).isNull();
    }
}

package org.triagem.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.ProtocolNumber;

class MailParserTest {

    private final MailParser parser = new MailParser();

    static byte[] corpus(String name) {
        try (InputStream in = MailParserTest.class.getResourceAsStream("/mail/corpus/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedMail parseCorpus(String name) throws UnparseableMailException {
        return new MailParser().parse(corpus(name));
    }

    @Test
    void readsPlainUtf8MailWithSenderSubjectThreadingAndDate() throws Exception {
        ParsedMail mail = parser.parse(new ByteArrayInputStream(corpus("01-plain-utf8.eml")));

        assertThat(mail.senderAddress()).isEqualTo("Joana.Silva@example.com.br");
        assertThat(mail.senderName()).isEqualTo("Joãna Silva");
        assertThat(mail.subject()).isEqualTo("Cobrança indevida na fatura de março");
        assertThat(mail.messageId()).isEqualTo("<CAB1234.plain@mail.example.com.br>");
        assertThat(mail.inReplyTo()).isNull();
        assertThat(mail.references()).isEmpty();
        assertThat(mail.date()).isEqualTo(Instant.parse("2026-03-10T12:15:00Z"));
        assertThat(mail.body()).startsWith("Olá,\n\nFui cobrada duas vezes pelo serviço de internet em março.")
                .endsWith("Atenciosamente,\nJoana");
        assertThat(mail.attachments()).isEmpty();
        assertThat(mail.protocolNumber()).isNull();
        assertThat(mail.isReply()).isFalse();
    }

    @Test
    void turnsSenderIntoTheCustomerOfAnEmailContact() throws Exception {
        IncomingContact contact = parseCorpus("01-plain-utf8.eml").toIncomingContact("INBOX/42/7");

        assertThat(contact.channel()).isEqualTo(Channel.EMAIL);
        assertThat(contact.sourceKey()).isEqualTo("INBOX/42/7");
        assertThat(contact.customer().email()).isEqualTo("Joana.Silva@example.com.br");
        assertThat(contact.customer().name()).isEqualTo("Joãna Silva");
        assertThat(contact.subject()).isEqualTo("Cobrança indevida na fatura de março");
        assertThat(contact.description()).contains("estorno em dobro");
    }

    @Test
    void prefersPlainTextInMultipartAlternative() throws Exception {
        ParsedMail mail = parseCorpus("02-multipart-alternative.eml");

        assertThat(mail.body()).isEqualTo("O liquidificador do pedido 48213 chegou com a jarra trincada.\nQuero a troca.");
    }

    @Test
    void convertsHtmlOnlyMailToPlainTextWithoutScriptsStylesOrMarkup() throws Exception {
        ParsedMail mail = parseCorpus("03-html-only.eml");

        assertThat(mail.body())
                .contains("Fui atendida por telefone e a atendente desligou na minha cara.")
                .contains("Protocolo anterior: 123 & nada foi feito — isso é um absurdo!\nPreço: R$ 99,90")
                .contains("clique aqui")
                .doesNotContain("<", ">", "alert", "script", "cookie", "color: red", "javascript", "Reclamação");
    }

    @Test
    void includesTheForwardedMessageInTheBody() throws Exception {
        ParsedMail mail = parseCorpus("04-forwarded.eml");

        assertThat(mail.messageId()).isEqualTo("<fwd-1@example.com>");
        assertThat(mail.senderAddress()).isEqualTo("ana@example.com");
        assertThat(mail.body())
                .startsWith("Paguei e cancelaram sem avisar.")
                .contains("---------- Mensagem encaminhada ----------\nDe: Loja Exemplo <pedidos@loja.example>"
                        + "\nAssunto: Seu pedido 9921 foi cancelado")
                .endsWith("Informamos que seu pedido 9921 foi cancelado por falta de estoque.");
        assertThat(mail.attachments()).isEmpty();
        assertThat(mail.skippedAttachments()).isEmpty();
    }

    @Test
    void readsWindows1252BodyDeclaredAsIso88591() throws Exception {
        ParsedMail mail = parseCorpus("05-windows-1252-declared-latin1.eml");

        assertThat(mail.subject()).isEqualTo("Serviço não prestado");
        assertThat(mail.body()).isEqualTo(
                "O técnico disse “volto amanhã” e nunca voltou – paguei € 20 de taxa.\nNão aceito isso.");
    }

    @Test
    void decodesIso88591EncodedWordsInSubjectAndDisplayName() throws Exception {
        ParsedMail mail = parseCorpus("06-iso-8859-1-subject.eml");

        assertThat(mail.subject()).isEqualTo("Reclamação sobre entrega");
        assertThat(mail.senderName()).isEqualTo("José Araújo");
        assertThat(mail.body()).isEqualTo("A entrega atrasou 15 dias e ninguém me dá informação.");
    }

    @Test
    void decodesBase64Utf8SubjectAndBody() throws Exception {
        ParsedMail mail = parseCorpus("07-base64-utf8-subject.eml");

        assertThat(mail.subject()).isEqualTo("Atendimento não resolveu – quero cancelar");
        assertThat(mail.body()).isEqualTo("Quero cancelar o plano.\nJá pedi duas vezes.");
    }

    @Test
    void keepsAllowedAttachmentsWithNameTypeSizeAndBytesStrippedOfPaths() throws Exception {
        ParsedMail mail = parseCorpus("08-attachments.eml");

        assertThat(mail.body()).isEqualTo("Segue a nota e a foto da TV com a tela manchada.");
        assertThat(mail.attachments()).extracting(MailAttachment::fileName, MailAttachment::contentType,
                MailAttachment::size)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("nota fiscal.pdf", "application/pdf", 69L),
                        org.assertj.core.groups.Tuple.tuple("foto.png", "image/png", 67L));
        assertThat(new String(mail.attachments().get(0).bytes(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");
        assertThat(mail.attachments().get(1).bytes()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(mail.skippedAttachments()).isEmpty();
    }

    @Test
    void listsAttachmentsOverTheLimitOrOfForbiddenTypeAsSkippedWithReason() throws Exception {
        MailParser strict = new MailParser(MailLimits.defaults().withMaxAttachmentBytes(1024));

        ParsedMail mail = strict.parse(corpus("09-attachment-over-limit.eml"));

        assertThat(mail.attachments()).isEmpty();
        assertThat(mail.skippedAttachments()).containsExactly(
                new SkippedAttachment("laudo.pdf", "application/pdf", 3000, SkippedAttachment.Reason.TOO_LARGE),
                new SkippedAttachment("diagnostico.exe", "application/x-msdownload", 64,
                        SkippedAttachment.Reason.TYPE_NOT_ALLOWED));
        assertThat(mail.body()).isEqualTo("Mando o laudo e um programa de diagnóstico.");
    }

    @Test
    void findsTheFirstProtocolNumberWithARightCheckDigitAndTheThreadOfAReply() throws Exception {
        ParsedMail mail = parseCorpus("10-reply-with-protocol.eml");

        assertThat(mail.protocolNumber()).isEqualTo(ProtocolNumber.parse("20260000000014"));
        assertThat(mail.inReplyTo()).isEqualTo("<ack-20260000000014@triagem.example>");
        assertThat(mail.references()).containsExactly(
                "<CAB1234.plain@mail.example.com.br>", "<ack-20260000000014@triagem.example>");
        assertThat(mail.isReply()).isTrue();
        assertThat(mail.body()).startsWith("Ainda não recebi o estorno.");
    }

    @Test
    void readsMailWhoseHeaderBlockStartsWithAWhitespaceOnlyLineAndNotesIt() throws Exception {
        ParsedMail mail = parseCorpus("11-malformed-header-whitespace-line.eml");

        assertThat(mail.subject()).isEqualTo("header block starts with a whitespace-only line");
        assertThat(mail.body()).isEqualTo("corpo");
        assertThat(mail.defects()).containsExactly(MailDefect.MALFORMED_HEADER_BLOCK);
    }

    @Test
    void keepsTheTextAndWhatDecodesOfATruncatedBase64AttachmentAndNotesTheDamage() throws Exception {
        ParsedMail mail = parseCorpus("12-truncated-base64.eml");

        assertThat(mail.body()).isEqualTo("Segue o comprovante.");
        assertThat(mail.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("comprovante.pdf");
            assertThat(new String(a.bytes(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4");
        });
        assertThat(mail.defects()).containsExactly(MailDefect.BAD_TRANSFER_ENCODING);
        assertThat(mail.toIncomingContact("k").description())
                .startsWith("Segue o comprovante.\n[Triagem: mensagem com defeitos de formato (codificação de");
    }

    @Test
    void refusesPartsNestedDeeperThanTheLimit() throws Exception {
        assertThatThrownBy(() -> parseCorpus("13-deep-nesting.eml"))
                .isExactlyInstanceOf(UnparseableMailException.class)
                .hasMessage("parts nested deeper than 10 levels");
        MailParser lenient = new MailParser(MailLimits.defaults().withMaxNestingDepth(20));
        assertThat(lenient.parse(corpus("13-deep-nesting.eml")).body()).isEqualTo("fundo");
    }

    @Test
    void readsOutOfOfficeReplyKeepingItsAutomaticHeaders() throws Exception {
        ParsedMail mail = parseCorpus("14-out-of-office.eml");

        assertThat(mail.subject()).isEqualTo("Resposta automática: Recebemos sua reclamação [#20260000000014]");
        assertThat(mail.protocolNumber()).isEqualTo(ProtocolNumber.parse("20260000000014"));
        assertThat(mail.headers().first("auto-submitted")).contains("auto-replied");
    }

    @Test
    void readsBounceWithItsDeliveryReportListedAsSkipped() throws Exception {
        ParsedMail mail = parseCorpus("15-bounce.eml");

        assertThat(mail.senderAddress()).isEqualTo("MAILER-DAEMON@mx.example.net");
        assertThat(mail.body()).contains("could not be delivered").contains("550 5.1.1 User unknown");
        assertThat(mail.skippedAttachments()).extracting(SkippedAttachment::contentType, SkippedAttachment::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("message/delivery-status",
                        SkippedAttachment.Reason.TYPE_NOT_ALLOWED));
        assertThat(mail.headers().first("Return-Path")).contains("<>");
    }

    @Test
    void refusesMessageOverTheSizeLimitBeforeParsingIt() {
        MailParser small = new MailParser(MailLimits.defaults().withMaxMessageBytes(100));

        assertThatThrownBy(() -> small.parse(corpus("01-plain-utf8.eml")))
                .isExactlyInstanceOf(OversizedMailException.class)
                .hasMessageContaining("100 bytes");
    }

    @Test
    void readsAnEndlessStreamOnlyUpToTheSizeLimit() {
        MailParser small = new MailParser(MailLimits.defaults().withMaxMessageBytes(1000));
        CountingEndlessStream endless = new CountingEndlessStream();

        assertThatThrownBy(() -> small.parse(endless)).isExactlyInstanceOf(OversizedMailException.class);
        assertThat(endless.read).isEqualTo(1001);
    }

    @Test
    void refusesAKnownOversizeWithoutReadingTheStream() {
        CountingEndlessStream endless = new CountingEndlessStream();

        assertThatThrownBy(() -> parser.parse(endless, MailLimits.DEFAULT_MAX_MESSAGE_BYTES + 1))
                .isExactlyInstanceOf(OversizedMailException.class);
        assertThat(endless.read).isZero();
    }

    @Test
    void readsAnUnknownCharsetAsUtf8OrWindows1252AndNotesIt() throws Exception {
        byte[] raw = ("From: a@example.com\r\nSubject: x\r\nContent-Type: text/plain; charset=x-klingon\r\n\r\n"
                + "n\u00e3o qapla\r\n").getBytes(StandardCharsets.ISO_8859_1);

        ParsedMail mail = parser.parse(raw);

        assertThat(mail.body()).isEqualTo("não qapla");
        assertThat(mail.defects()).containsExactly(MailDefect.UNKNOWN_CHARSET);
    }

    @Test
    void refusesEmptyMessage() {
        assertThatThrownBy(() -> parser.parse(new byte[0]))
                .isExactlyInstanceOf(UnparseableMailException.class)
                .hasMessage("empty message");
    }

    private static final class CountingEndlessStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'a';
        }
    }
}

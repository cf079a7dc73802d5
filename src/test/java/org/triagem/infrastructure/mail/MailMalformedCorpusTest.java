package org.triagem.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triagem.domain.model.complaint.IncomingContact;

/**
 * Damaged mail that an ordinary mail reader still shows (src/test/resources/mail/malformed, one quirk
 * each, from the ones RFC 2045/2046/2047/5322 parsers meet): each becomes a contact whose description
 * holds its readable text, or is refused only when nothing readable can be recovered.
 */
class MailMalformedCorpusTest {

    private static final String QUARANTINE = "QUARANTINE";

    private final MailParser parser = new MailParser();

    static byte[] malformed(String name) {
        try (InputStream in = MailMalformedCorpusTest.class.getResourceAsStream("/mail/malformed/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no malformed sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            01-wrong-boundary.eml                          | A geladeira chegou amassada na porta
            02-missing-boundary-parameter.eml              | O instalador não deixou o manual
            03-multipart-without-any-boundary-line.eml     | Quero cancelar minha assinatura hoje mesmo
            04-missing-end-boundary.eml                    | A entrega atrasou duas semanas
            05-parameter-without-equals.eml                | O boleto veio com valor errado
            06-multipart-parameter-list-garbage.eml        | Meu pedido 7781 não foi entregue
            07-content-type-without-slash.eml              | A fatura veio duplicada
            08-bad-base64-text.eml                         | Solicito o reembolso integral
            09-truncated-base64-attachment.eml             | Segue a nota fiscal
            10-unbalanced-quote.eml                        | O técnico não compareceu
            11-unknown-charset-latin1-bytes.eml            | O aparelho não funciona desde a instalação
            12-unknown-charset-utf8-bytes.eml              | Recebi uma cobrança que não reconheço
            13-unterminated-encoded-word.eml               | A internet caiu de novo
            14-bare-lf.eml                                 | O atendimento foi péssimo na loja
            15-8bit-latin1-headers.eml                     | Meu cartão foi clonado
            16-8bit-utf8-headers.eml                       | O plano foi alterado sem meu consentimento
            17-nested-rfc822-with-broken-boundary.eml      | O chuveiro queimou na primeira semana
            18-delivery-status-report.eml                  | could not be delivered
            19-overlong-folded-subject.eml                 | A cobrança abusiva continua
            20-unknown-transfer-encoding.eml               | O produto veio com defeito de fábrica
            21-html-only-unbalanced-charset.eml            | A garantia não foi respeitada pela assistência
            22-binary-garbage-no-text.eml                  | QUARANTINE
            23-damaged-multipart-nothing-readable.eml      | QUARANTINE
            24-whitespace-line-before-headers.eml          | o texto está aqui
            25-quoted-printable-soft-break-garbage.eml     | A conta de luz veio à toa
            26-encoded-word-unknown-charset.eml            | O reembolso prometido nunca chegou
            """)
    void becomesACaseWithItsTextOrIsQuarantinedOnlyWithoutText(String file, String phrase) throws Exception {
        byte[] raw = malformed(file);
        if (phrase.equals(QUARANTINE)) {
            assertThatThrownBy(() -> parser.parse(raw)).isInstanceOf(UnparseableMailException.class);
            return;
        }
        IncomingContact contact = parser.parse(raw).toIncomingContact("malformed/" + file);

        assertThat(contact.description()).contains(phrase);
    }

    @org.junit.jupiter.api.Test
    void notesTheDefectOnTheCaseInTheStaffsLanguage() throws Exception {
        IncomingContact contact = parser.parse(malformed("01-wrong-boundary.eml")).toIncomingContact("k");

        assertThat(contact.description()).isEqualTo("A geladeira chegou amassada na porta e quero a troca.\n"
                + "[Triagem: mensagem com defeitos de formato (estrutura de partes (multipart) danificada, lida como"
                + " um leitor de e-mail a leria); o texto acima foi recuperado e pode estar incompleto]");
    }

    @org.junit.jupiter.api.Test
    void readsABrokenMultipartWithoutBoundaryLinesAsItsText() throws Exception {
        ParsedMail mail = parser.parse(malformed("03-multipart-without-any-boundary-line.eml"));

        assertThat(mail.body()).isEqualTo("Quero cancelar minha assinatura hoje mesmo, sem multa.\nObrigado.");
        assertThat(mail.defects()).containsExactly(MailDefect.BROKEN_MULTIPART);
    }

    @org.junit.jupiter.api.Test
    void decodesUnterminatedEncodedWordsAndUnencodedLatin1Headers() throws Exception {
        assertThat(parser.parse(malformed("13-unterminated-encoded-word.eml")).subject())
                .isEqualTo("Reclamação urgente");
        ParsedMail latin1 = parser.parse(malformed("15-8bit-latin1-headers.eml"));
        assertThat(latin1.subject()).isEqualTo("Reclamação do cartão");
        assertThat(latin1.senderName()).isEqualTo("José Conceição");
        assertThat(parser.parse(malformed("26-encoded-word-unknown-charset.eml")).subject())
                .isEqualTo("Assunto estranho");
    }

    @org.junit.jupiter.api.Test
    void keepsThePartsOfAnAttachmentThatDecodeAndNamesTheDamage() throws Exception {
        ParsedMail mail = parser.parse(malformed("09-truncated-base64-attachment.eml"));

        assertThat(mail.attachments()).singleElement()
                .satisfies(a -> assertThat(new String(a.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .startsWith("%PDF-1.4"));
        assertThat(mail.defects()).containsExactly(MailDefect.BAD_TRANSFER_ENCODING);
    }

    @org.junit.jupiter.api.Test
    void quarantinesWithAReadableReasonThatQuotesNothingOfTheMessage() {
        assertThatThrownBy(() -> parser.parse(malformed("23-damaged-multipart-nothing-readable.eml")))
                .hasMessage("no readable text could be recovered from the damaged message"
                        + " ([BAD_CONTENT_TYPE])");
    }

    @org.junit.jupiter.api.Test
    void anOverlongFoldedSubjectIsCutToItsColumnAndKeptWholeInTheDescription() throws Exception {
        ParsedMail mail = parser.parse(malformed("19-overlong-folded-subject.eml"));

        IncomingContact contact = mail.toIncomingContact("k");

        assertThat(mail.subject()).hasSizeGreaterThan(300).startsWith("Reclamação sobre cobrança indevida parte00")
                .endsWith("FIM-DO-ASSUNTO").doesNotContain("\n");
        assertThat(contact.subject()).hasSize(org.triagem.domain.model.complaint.FieldSizes.SUBJECT);
        assertThat(contact.description()).contains("Assunto: " + mail.subject())
                .endsWith("A cobrança abusiva continua aparecendo na fatura.");
    }
}

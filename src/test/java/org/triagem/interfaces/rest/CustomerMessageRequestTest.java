package org.triagem.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.interfaces.channel.CustomerReply;

/** A customer's message from the status page is checked by the mail channel's rules for files. */
class CustomerMessageRequestTest {

    private static final ProtocolNumber PROTOCOL = ProtocolNumber.issue(2026, 42);
    private static final String TOKEN = "0b7c2f9e-reply";

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static Problem refusal(CustomerMessageRequest request) {
        return catchThrowableOfType(() -> request.checked(PROTOCOL), ProblemException.class).problem();
    }

    @Test
    void aTextAloneIsAMessage() {
        CustomerReply reply = new CustomerMessageRequest("Segue o comprovante.", TOKEN, null, null, null)
                .checked(PROTOCOL);

        assertThat(reply.protocol()).isEqualTo(PROTOCOL.value());
        assertThat(reply.text()).isEqualTo("Segue o comprovante.");
        assertThat(reply.fileContent()).isNull();
    }

    @Test
    void aDocumentIsKeptUnderItsOwnNameWithoutAnyPathAndItsTypeReadFromTheNameWhenGeneric() {
        String pdf = base64("%PDF-1.4 comprovante".getBytes(StandardCharsets.US_ASCII));

        CustomerReply reply = new CustomerMessageRequest(null, TOKEN, "C:\\Users\\ana\\comprovante.pdf",
                "application/octet-stream", pdf).checked(PROTOCOL);

        assertThat(reply.fileName()).isEqualTo("comprovante.pdf");
        assertThat(reply.fileType()).isEqualTo("application/pdf");
        assertThat(reply.fileContent()).isEqualTo(pdf);
    }

    @Test
    void aDocumentOverFiveMegabytesIsRefusedWith413SayingTheLimit() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];

        Problem problem = refusal(new CustomerMessageRequest("Fotos do defeito", TOKEN, "fotos.jpg", "image/jpeg",
                base64(big)));

        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.type()).endsWith("/attachment-too-large");
        assertThat(problem.detail()).contains("5.0 MB");
    }

    @Test
    void aDocumentOfExactlyFiveMegabytesIsTaken() {
        byte[] limit = new byte[5 * 1024 * 1024];

        CustomerReply reply = new CustomerMessageRequest(null, TOKEN, "nota.pdf", "application/pdf", base64(limit))
                .checked(PROTOCOL);

        assertThat(reply.fileType()).isEqualTo("application/pdf");
    }

    @Test
    void aProgramOrAWebPageIsRefusedWith415() {
        Problem exe = refusal(new CustomerMessageRequest("veja", TOKEN, "boleto.exe", "application/x-msdownload",
                base64(new byte[] {'M', 'Z'})));
        Problem html = refusal(new CustomerMessageRequest("veja", TOKEN, "boleto.html", "text/html",
                base64("<script>".getBytes(StandardCharsets.US_ASCII))));

        assertThat(exe.status()).isEqualTo(415);
        assertThat(exe.type()).endsWith("/attachment-type-not-allowed");
        assertThat(exe.detail()).contains("application/x-msdownload");
        assertThat(html.status()).isEqualTo(415);
    }

    @Test
    void nothingToSayIsA400AndSoIsABrokenDocument() {
        Problem empty = refusal(new CustomerMessageRequest("  ", TOKEN, null, null, null));
        Problem broken = refusal(new CustomerMessageRequest("veja", TOKEN, "a.pdf", "application/pdf", "não é base64"));
        Problem badToken = refusal(new CustomerMessageRequest("veja", "short", null, null, null));

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("text"));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("fileContent"));
        assertThat(badToken.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("replyToken"));
    }

    @Test
    void aTextOver64KilobytesIsRefusedWith413() {
        Problem problem = refusal(new CustomerMessageRequest("é".repeat(33 * 1024), TOKEN, null, null, null));

        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("text"));
    }

    @Test
    void withoutATokenEachMessageGetsOneOfItsOwn() {
        CustomerReply first = new CustomerMessageRequest("oi", null, null, null, null).checked(PROTOCOL);
        CustomerReply second = new CustomerMessageRequest("oi", null, null, null, null).checked(PROTOCOL);

        assertThat(first.replyToken()).isNotBlank().isNotEqualTo(second.replyToken());
    }
}

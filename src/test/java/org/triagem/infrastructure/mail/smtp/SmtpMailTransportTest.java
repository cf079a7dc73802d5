package org.triagem.infrastructure.mail.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.outbox.MailDeliveryException;
import org.triagem.domain.model.outbox.MailKind;
import org.triagem.domain.model.outbox.OutgoingMail;

class SmtpMailTransportTest {

    // A dynamic port: a dev server on the usual test ports must not get (or eat) this mail.
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.ofHours(-3));
    private static final ProtocolNumber PROTOCOL = ProtocolNumber.issue(2026, 18);

    private static SmtpMailTransport transportOnPort(int port) {
        return new SmtpMailTransport(new SmtpSettings("127.0.0.1", port, "none", Optional.empty(), Optional.empty(),
                "SAC Triagem <sac@triagem.example>", Duration.ofSeconds(5)));
    }

    private static OutgoingMail acknowledgement() {
        return OutgoingMail.queue(PROTOCOL, MailKind.ACKNOWLEDGEMENT, "maria@example.com",
                        "[#" + PROTOCOL + "] Recebemos sua manifestação",
                        "Olá, Maria José,\n\nVocê receberá nossa resposta até sexta-feira, 27 de novembro de 2026.\n",
                        "<" + PROTOCOL + ".abc123@triagem>", NOW)
                .withHeader("Auto-Submitted", "auto-replied");
    }

    @Test
    void deliversPlainUtf8TextWithOurMessageIdAndAutoSubmitted() throws Exception {
        transportOnPort(SMTP.getSmtp().getPort()).send(acknowledgement());

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getMessageID()).isEqualTo("<" + PROTOCOL + ".abc123@triagem>");
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-replied");
        assertThat(message.getSubject()).isEqualTo("[#" + PROTOCOL + "] Recebemos sua manifestação");
        assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("maria@example.com");
        assertThat(message.getFrom()[0].toString()).contains("sac@triagem.example");
        assertThat(message.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("utf-8");
        // The trailing line break belongs to the SMTP transfer, not to the text.
        assertThat(((String) message.getContent()).replace("\r\n", "\n").stripTrailing())
                .isEqualTo("Olá, Maria José,\n\nVocê receberá nossa resposta até sexta-feira, 27 de novembro de 2026.");
    }

    @Test
    void aMailWithAnHtmlAlternativeLeavesAsMultipartAlternativeTextFirst() throws Exception {
        OutgoingMail digest = OutgoingMail.queueWithoutCase(MailKind.DIGEST, "sofia@empresa.example",
                        "[Triagem] Causas-raiz e prazos de Financeiro: 30/11/2026 a 06/12/2026",
                        "Resumo de causas-raiz: Financeiro\n", "<digest.abc@triagem>", NOW)
                .withHtmlAlternative("<!DOCTYPE html>\n<html lang=\"pt-BR\"><body><h1>Resumo de causas-raiz</h1></body></html>\n");

        transportOnPort(SMTP.getSmtp().getPort()).send(digest);

        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
        assertThat((String) parts.getBodyPart(0).getContent()).startsWith("Resumo de causas-raiz: Financeiro");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html").containsIgnoringCase("utf-8");
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<h1>Resumo de causas-raiz</h1>");
        assertThat(message.getMessageID()).isEqualTo("<digest.abc@triagem>");
    }

    @Test
    void threadsAReplyUnderTheCustomersMessage() throws Exception {
        OutgoingMail reply = OutgoingMail.queue(PROTOCOL, MailKind.STAFF_REPLY, "maria@example.com",
                        "Re: [#" + PROTOCOL + "] Cobrança", "Estornamos o valor.", "<" + PROTOCOL + ".def456@triagem>",
                        NOW)
                .inReplyTo("<customer-2@mail.example.com>", "<customer-1@mail.example.com> <customer-2@mail.example.com>");

        transportOnPort(SMTP.getSmtp().getPort()).send(reply);

        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertThat(message.getHeader("In-Reply-To")).containsExactly("<customer-2@mail.example.com>");
        assertThat(message.getHeader("References"))
                .containsExactly("<customer-1@mail.example.com> <customer-2@mail.example.com>");
        assertThat(message.getHeader("Auto-Submitted")).isNull();
    }

    @Test
    void aServerThatIsDownIsATemporaryFailureThatDoesNotShowTheAddress() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(() -> transportOnPort(closedPort).send(acknowledgement()))
                .isInstanceOfSatisfying(MailDeliveryException.class, e -> assertThat(e.isPermanent()).isFalse())
                .hasMessageNotContaining("maria@example.com");
    }

    @Test
    void refusesAUserWithoutAPassword() {
        assertThatThrownBy(() -> new SmtpSettings("smtp.example.com", 587, "starttls", Optional.of("sac"),
                Optional.empty(), "sac@example.com", Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TRIAGEM_SMTP_PASSWORD");
    }
}

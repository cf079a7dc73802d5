package org.triagem.interfaces.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailMessage;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.triagem.infrastructure.mail.MailParser;
import org.triagem.infrastructure.mail.OversizedMailException;

/**
 * An oversized mail is refused from the size the server reports, from its headers alone: reading its
 * content would fail this test.
 */
class OversizedMailTranslationTest {

    /** A message as IMAP hands it out: headers at hand, a reported size, a body that must not be read. */
    static final class ServerSideMessage extends MimeMessage {
        private final int reportedSize;

        ServerSideMessage(String headers, int reportedSize) throws Exception {
            super(Session.getInstance(new Properties()),
                    new ByteArrayInputStream((headers + "\r\n").getBytes(StandardCharsets.UTF_8)));
            this.reportedSize = reportedSize;
        }

        @Override
        public int getSize() {
            return reportedSize;
        }

        @Override
        public void writeTo(OutputStream os) {
            throw new AssertionError("the body of an oversized mail was downloaded");
        }

        @Override
        public InputStream getInputStream() {
            throw new AssertionError("the body of an oversized mail was downloaded");
        }

        @Override
        protected InputStream getContentStream() {
            throw new AssertionError("the body of an oversized mail was downloaded");
        }
    }

    @Test
    void anOversizedMailIsRefusedFromItsReportedSizeWithTheSenderAndHeadersForTheNotice() throws Exception {
        EmailTranslator translator = new EmailTranslator();
        translator.maxBytes = 10L * 1024 * 1024;
        translator.parser = new MailParser();
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setIn(new MailMessage(exchange, new ServerSideMessage(
                "From: =?UTF-8?Q?Jo=C3=A3o?= <joao@cliente.test>\r\nSubject: =?UTF-8?Q?Fotos_do_defeito_=C3=A0_vista?=\r\n"
                        + "Message-ID: <big@cliente.test>\r\nPrecedence: bulk\r\n", 11 * 1024 * 1024), false));

        assertThatThrownBy(() -> translator.toContact(exchange)).isInstanceOfSatisfying(OversizedMailException.class, e -> {
            assertThat(e.sizeBytes()).isEqualTo(11L * 1024 * 1024);
            assertThat(e.limitBytes()).isEqualTo(10L * 1024 * 1024);
            assertThat(e.sender()).isEqualTo("joao@cliente.test");
            assertThat(e.subject()).isEqualTo("Fotos do defeito à vista");
            assertThat(e.headers().first("Precedence")).contains("bulk");
        });
        assertThat(exchange.getProperty(ContactOrigin.RAW_PAYLOAD, String.class))
                .contains("Message-ID: <big@cliente.test>").contains("body not downloaded");
    }
}

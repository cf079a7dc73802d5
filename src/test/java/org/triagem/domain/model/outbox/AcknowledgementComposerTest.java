package org.triagem.domain.model.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.SlaTargets;
import org.triagem.domain.model.verification.VerificationCode;

class AcknowledgementComposerTest {

    // Friday 20 November 2026, 22:30 in Brasília: the deadline is 7 calendar days later, Friday the 27th
    // there, although it is already Saturday the 28th in UTC.
    private static final OffsetDateTime OPENED = OffsetDateTime.of(2026, 11, 20, 22, 30, 0, 0, ZoneOffset.ofHours(-3));
    private static final ProtocolNumber PROTOCOL = ProtocolNumber.issue(2026, 18);

    private static Case openCase(Customer customer) {
        IncomingContact contact = new IncomingContact(Channel.WEB_FORM, null, customer, "Cobrança",
                "Cobrança em dobro", null);
        RoutingDecision decision = new RoutingDecision("billing", Set.of(), "Financeiro", Priority.P2,
                new SlaTargets(240, 1440, 7), "v1", List.of(), null);
        return Case.open(PROTOCOL, contact, decision, ClockSettings.standard(), OPENED.withOffsetSameInstant(ZoneOffset.UTC));
    }

    @Test
    void writesThePortugueseAcknowledgementWithProtocolDeadlineAndName() {
        OutgoingMail mail = AcknowledgementComposer.brazilian()
                .compose(openCase(new Customer("Maria José", "maria@example.com", null, null)), OPENED);

        assertThat(mail.kind()).isEqualTo(MailKind.ACKNOWLEDGEMENT);
        assertThat(mail.recipient()).isEqualTo("maria@example.com");
        assertThat(mail.subject()).isEqualTo("[#" + PROTOCOL.value() + "] Recebemos sua manifestação");
        assertThat(mail.body()).startsWith("Olá, Maria José,")
                .contains("protocolo " + PROTOCOL.value())
                .contains("sexta-feira, 27 de novembro de 2026");
        assertThat(mail.headers()).containsEntry("Auto-Submitted", "auto-replied");
        assertThat(mail.messageId()).matches("<" + PROTOCOL.value() + "\\.[0-9a-f]{24}@triagem>");
        assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.isDue(OPENED)).isTrue();
    }

    @Test
    void greetsWithoutANameWhenTheCustomerGaveNone() {
        OutgoingMail mail = AcknowledgementComposer.brazilian()
                .compose(openCase(new Customer(null, "anon@example.com", null, null)), OPENED);
        assertThat(mail.body()).startsWith("Olá,\n\n");
    }

    @Test
    void writesEnglishWhenConfiguredAndUsesTheConfiguredMessageIdDomain() {
        AcknowledgementComposer english = new AcknowledgementComposer(Locale.ENGLISH, "sac.example.com",
                AcknowledgementComposer.BRASILIA);
        OutgoingMail mail = english.compose(openCase(new Customer("Mary", "mary@example.com", null, null)), OPENED);
        assertThat(mail.subject()).isEqualTo("[#" + PROTOCOL.value() + "] We have received your complaint");
        assertThat(mail.body()).startsWith("Hello Mary,").contains("Friday, November 27, 2026");
        assertThat(mail.messageId()).endsWith("@sac.example.com>");
    }

    @Test
    void fallsBackToPortugueseForALocaleWithoutTemplates() {
        AcknowledgementComposer german = new AcknowledgementComposer(Locale.GERMAN, "triagem",
                AcknowledgementComposer.BRASILIA);
        OutgoingMail mail = german.compose(openCase(new Customer(null, "a@example.com", null, null)), OPENED);
        assertThat(mail.subject()).endsWith("Recebemos sua manifestação");
        assertThat(mail.body()).contains("sexta-feira, 27 de novembro de 2026");
    }

    @Test
    void needsAnEmailAddress() {
        Case byPhone = openCase(new Customer("João", null, "11987654321", null));
        assertThat(AcknowledgementComposer.brazilian().canAcknowledge(byPhone)).isFalse();
        assertThatThrownBy(() -> AcknowledgementComposer.brazilian().compose(byPhone, OPENED))
                .isInstanceOf(IllegalArgumentException.class);
    }
    @Test
    void tellsTheVerificationCodeAndLinksTheStatusPageInTheMailsLanguageWithoutTheCode() {
        VerificationCode code = VerificationCode.read("K7MQ2X").orElseThrow();
        AcknowledgementComposer composer = new AcknowledgementComposer(AcknowledgementComposer.PT_BR, "triagem",
                AcknowledgementComposer.BRASILIA, "https://sac.example/acompanhar.html");

        String body = composer.compose(openCase(new Customer(null, "a@example.com", null, null)), code, OPENED).body();

        assertThat(body).contains("código de verificação K7MQ2X").endsWith("Atenciosamente,\nEquipe de Atendimento\n");
        // the link alone on its line (no punctuation for a mail reader to take into it), and without the code
        assertThat(body.lines().filter(l -> l.contains("http")))
                .containsExactly("https://sac.example/acompanhar.html?protocol=" + PROTOCOL.value() + "&lang=pt-BR");
    }

    @Test
    void anEnglishAcknowledgementLinksTheEnglishStatusPage() {
        AcknowledgementComposer english = new AcknowledgementComposer(Locale.ENGLISH, "triagem",
                AcknowledgementComposer.BRASILIA, "https://sac.example/acompanhar.html");

        String body = english.compose(openCase(new Customer(null, "a@example.com", null, null)),
                VerificationCode.read("k7m-q2x").orElseThrow(), OPENED).body();

        assertThat(body).contains("verification code K7MQ2X").endsWith("Kind regards,\nCustomer Service\n");
        assertThat(body.lines().filter(l -> l.contains("http")))
                .containsExactly("https://sac.example/acompanhar.html?protocol=" + PROTOCOL.value() + "&lang=en");
    }

    @Test
    void withoutAStatusPageTheCodeIsToldWithoutALinkAndWithoutACodeNothingIsTold() {
        Case opened = openCase(new Customer(null, "a@example.com", null, null));

        String withCode = AcknowledgementComposer.brazilian()
                .compose(opened, VerificationCode.read("K7MQ2X").orElseThrow(), OPENED).body();
        String withoutCode = AcknowledgementComposer.brazilian().compose(opened, OPENED).body();

        assertThat(withCode).contains("Seu código de verificação é K7MQ2X").doesNotContain("http");
        assertThat(withoutCode).doesNotContain("código").contains("responda a este e-mail")
                .endsWith("Atenciosamente,\nEquipe de Atendimento\n");
    }
}

package org.triagem.domain.model.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
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
import org.triagem.domain.model.complaint.Resolution;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.SlaTargets;

class SurveyInvitationComposerTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.ofHours(-3));
    private static final ProtocolNumber PROTOCOL = ProtocolNumber.issue(2026, 19);
    private static final String PAGE = "https://sac.example/pesquisa.html";

    private static Case resolvedCase() {
        IncomingContact contact = new IncomingContact(Channel.WEB_FORM, null,
                new Customer("Maria José", "maria@example.com", null, null), "Cobrança", "Cobrança em dobro", null);
        RoutingDecision decision = new RoutingDecision("billing", Set.of(), "Financeiro", Priority.P2,
                new SlaTargets(240, 1440, 7), "v1", List.of(), null);
        Case c = Case.open(PROTOCOL, contact, decision, ClockSettings.standard(), NOW.minusDays(1));
        c.resolve("fabio", new Resolution("estorno", "cobranca-duplicada", null), NOW);
        return c;
    }

    private static OutgoingMail compose(Locale locale) {
        return new SurveyInvitationComposer(locale, "triagem", ZoneId.of("America/Sao_Paulo"))
                .compose(resolvedCase(), PAGE, "abc.def", NOW.plusDays(31), NOW, NOW.plusHours(1));
    }

    @Test
    void writesFiveOneClickCsatLinksInPortuguese() {
        OutgoingMail mail = compose(Locale.forLanguageTag("pt-BR"));
        assertThat(mail.kind()).isEqualTo(MailKind.SURVEY);
        assertThat(mail.subject()).isEqualTo("[#" + PROTOCOL.value() + "] Como foi o seu atendimento?");
        assertThat(mail.body()).startsWith("Olá, Maria José,").contains("protocolo " + PROTOCOL.value());
        for (int score = 1; score <= 5; score++) {
            // the page opens in the mail's language
            assertThat(mail.body()).contains(PAGE + "?t=abc.def&csat=" + score + "&lang=pt-BR\n");
        }
        assertThat(mail.body()).contains("1 - Muito insatisfeito").contains("21 de dezembro de 2026");
        assertThat(mail.headers()).containsEntry("Auto-Submitted", "auto-generated");
    }

    @Test
    void waitsForTheConfiguredDelayBeforeItIsDue() {
        OutgoingMail mail = compose(Locale.forLanguageTag("pt-BR"));
        assertThat(mail.isDue(NOW)).isFalse();
        assertThat(mail.isDue(NOW.plusHours(1))).isTrue();
    }

    @Test
    void hasAnEnglishTextWhoseLinksOpenTheEnglishPage() {
        OutgoingMail mail = compose(Locale.ENGLISH);
        assertThat(mail.subject()).endsWith("How was our service?");
        assertThat(mail.body()).contains(PAGE + "?t=abc.def&csat=5&lang=en\n");
    }
}

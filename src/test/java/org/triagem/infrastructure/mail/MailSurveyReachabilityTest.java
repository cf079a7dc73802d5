package org.triagem.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.outbox.MailKind;
import org.triagem.domain.model.outbox.Outbox;
import org.triagem.domain.model.outbox.OutgoingMail;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.SlaTargets;

class MailSurveyReachabilityTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.UTC);

    private static Optional<String> whyNot(Channel channel, String email, boolean acknowledged, boolean bounced) {
        MailSurveyReachability reachability = new MailSurveyReachability();
        reachability.outbox = new Outbox() {
            @Override
            public void add(OutgoingMail mail) {
            }

            @Override
            public List<OutgoingMail> claimDue(OffsetDateTime now, int limit) {
                return List.of();
            }

            @Override
            public int countAutomaticTo(String recipient, OffsetDateTime since) {
                return 0;
            }

            @Override
            public boolean hasFailedTo(String recipient) {
                return bounced;
            }

            @Override
            public boolean hasQueued(ProtocolNumber protocol, MailKind kind) {
                return acknowledged && kind == MailKind.ACKNOWLEDGEMENT;
            }

            @Override
            public Optional<OutgoingMail> withMessageId(String messageId) {
                return Optional.empty();
            }
        };
        IncomingContact contact = new IncomingContact(channel, null, new Customer(null, email, null, null), "Assunto",
                "Texto", null);
        RoutingDecision decision = new RoutingDecision("Geral", Set.of(), "Atendimento", Priority.P3,
                new SlaTargets(240, 1440, 7), "v1", List.of(), null);
        return reachability.whyNot(Case.open(ProtocolNumber.issue(2026, 33), contact, decision, ClockSettings.standard(), NOW));
    }

    @Test
    void surveysAnAcknowledgedCustomer() {
        assertThat(whyNot(Channel.EMAIL, "maria@example.com", true, false)).isEmpty();
        assertThat(whyNot(Channel.WEB_FORM, "maria@example.com", false, false)).isEmpty();
    }

    @Test
    void neverSurveysASystemSender() {
        assertThat(whyNot(Channel.WEB_FORM, "no-reply@loja.example", true, false)).isPresent();
        assertThat(whyNot(Channel.EMAIL, "mailer-daemon@mx.example", true, false)).isPresent();
    }

    @Test
    void neverSurveysAMailCaseIntakeDidNotAcknowledge() {
        assertThat(whyNot(Channel.EMAIL, "robo@example.com", false, false)).get().asString()
                .contains("not acknowledged");
    }

    @Test
    void neverSurveysAnAddressOurMailBouncedFrom() {
        assertThat(whyNot(Channel.WEB_FORM, "maria@example.com", true, true)).get().asString().contains("bounced");
    }
}

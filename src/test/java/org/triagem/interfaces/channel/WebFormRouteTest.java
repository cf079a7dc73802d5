package org.triagem.interfaces.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triagem.application.IntakeReceipt;
import org.triagem.application.IntakeService;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.quarantine.QuarantinedContact;

/**
 * The real {@code routes/webform-intake.camel.yaml} and {@code routes/intake.camel.yaml}, with the
 * real translator and quarantine step, and an in-memory intake service and quarantine behind them.
 */
class WebFormRouteTest {

    private final List<IncomingContact> registered = new ArrayList<>();
    private final List<QuarantinedContact> quarantined = new ArrayList<>();
    private RuntimeException intakeFailure;
    private CamelContext camel;

    @BeforeEach
    void startRoutes() throws Exception {
        camel = new DefaultCamelContext();
        IntakeService intake = contact -> {
            if (intakeFailure != null) {
                throw intakeFailure;
            }
            registered.add(contact);
            return new IntakeReceipt(ProtocolNumber.issue(2026, registered.size()), true);
        };
        ContactQuarantineStep quarantineStep = new ContactQuarantineStep();
        quarantineStep.quarantine = new ListQuarantine(quarantined);
        camel.getRegistry().bind("intakeService", intake);
        camel.getRegistry().bind("webFormTranslator", new WebFormTranslator());
        camel.getRegistry().bind("contactQuarantine", quarantineStep);
        RouteFiles.load(camel, "intake", "webform-intake");
        camel.start();
    }

    @AfterEach
    void stopRoutes() {
        camel.stop();
    }

    private Exchange submit(WebFormSubmission form) {
        return camel.createProducerTemplate().send(ChannelGateway.WEB_FORM_ROUTE, ex -> ex.getIn().setBody(form));
    }

    private static WebFormSubmission form(String description) {
        WebFormSubmission form = new WebFormSubmission();
        form.setName("Maria");
        form.setEmail("maria@example.com");
        form.setSubject("Cobrança");
        form.setDescription(description);
        form.setCategoryHint("financeiro");
        form.setFormToken("token-1234");
        return form;
    }

    @Test
    void deliversTheFormAsAWebFormContactAndAnswersWithTheProtocol() {
        Exchange done = submit(form("Cobrança em dobro"));

        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getBody(IntakeReceipt.class).protocol())
                .isEqualTo(ProtocolNumber.issue(2026, 1));
        assertThat(registered).singleElement().satisfies(c -> {
            assertThat(c.channel()).isEqualTo(Channel.WEB_FORM);
            assertThat(c.sourceKey()).isEqualTo("token-1234");
            assertThat(c.description()).isEqualTo("Cobrança em dobro");
            assertThat(c.customer().email()).isEqualTo("maria@example.com");
            assertThat(c.categoryHint()).isEqualTo("financeiro");
        });
        assertThat(quarantined).isEmpty();
    }

    @Test
    void quarantinesTheRawFormWithTheReasonWhenRegistrationFails() {
        intakeFailure = new IllegalStateException("database is down");

        Exchange done = submit(form("Meu pedido não chegou"));

        assertThat(done.getException()).isNotNull();
        assertThat(quarantined).singleElement().satisfies(q -> {
            assertThat(q.channel()).isEqualTo(Channel.WEB_FORM);
            assertThat(q.sourceKey()).isEqualTo("token-1234");
            assertThat(q.reason()).contains("database is down");
            assertThat(q.payload()).contains("Meu pedido não chegou").contains("maria@example.com");
        });
        assertThat(done.getProperty(ContactQuarantineStep.QUARANTINE_ID, Long.class)).isEqualTo(1L);
    }

    @Test
    void aQuarantinedPayloadCanBeReadBackForReplay() {
        intakeFailure = new IllegalStateException("boom");
        submit(form("Produto com defeito"));

        WebFormSubmission replay = new WebFormTranslator().fromJson(quarantined.get(0).payload());

        intakeFailure = null;
        Exchange done = submit(replay);
        assertThat(done.getException()).isNull();
        assertThat(registered).singleElement().satisfies(c -> assertThat(c.description()).isEqualTo("Produto com defeito"));
    }
}

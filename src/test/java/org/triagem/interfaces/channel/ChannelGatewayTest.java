package org.triagem.interfaces.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triagem.application.CallAnswer;
import org.triagem.application.IntakeReceipt;
import org.triagem.application.IntakeService;
import org.triagem.application.PhoneCallService;
import org.triagem.application.RefusedContactException;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.phone.CallEvent;
import org.triagem.domain.model.quarantine.QuarantinedContact;

/**
 * The seam the REST resources see: input as received goes in, a receipt or a failure that says what it
 * means for the caller comes out. Through the real routes (web form, phone webhook, phone intake, shared
 * intake), with in-memory services behind them.
 */
class ChannelGatewayTest {

    private static final String STARTED = """
            {"type":"call.started","timestamp":"2026-11-23T13:00:00-03:00",\
            "data":{"callId":"c-1","caller":"(11) 98765-4321","ivrChoice":"cobranca"}}""";

    private final List<IncomingContact> registered = new CopyOnWriteArrayList<>();
    private final List<CallEvent> applied = new CopyOnWriteArrayList<>();
    private final List<QuarantinedContact> quarantined = new CopyOnWriteArrayList<>();
    private RuntimeException failure;
    private final ContactQuarantineStep quarantineStep = new ContactQuarantineStep();
    private CamelContext camel;
    private ChannelGateway gateway;

    @BeforeEach
    void startRoutes() throws Exception {
        camel = new DefaultCamelContext();
        IntakeService intake = contact -> {
            failIfAsked();
            registered.add(contact);
            return new IntakeReceipt(ProtocolNumber.issue(2026, registered.size()), true);
        };
        PhoneCallService phone = event -> {
            failIfAsked();
            applied.add(event);
            return new CallAnswer(event.eventId(), event.callId(), ProtocolNumber.issue(2026, 7), true, false);
        };
        quarantineStep.quarantine = new ListQuarantine(quarantined);
        camel.getRegistry().bind("intakeService", intake);
        camel.getRegistry().bind("phoneCalls", phone);
        camel.getRegistry().bind("webFormTranslator", new WebFormTranslator());
        camel.getRegistry().bind("callEventReader", new CallEventReader());
        camel.getRegistry().bind("contactOrigin", new ContactOrigin());
        camel.getRegistry().bind("contactQuarantine", quarantineStep);
        RouteFiles.load(camel, "intake", "webform-intake", "phone-intake", "phone-webhook");
        camel.start();
        ProducerTemplate producer = camel.createProducerTemplate();
        gateway = new ChannelGateway() {
            @Override
            ProducerTemplate producer() {
                return producer;
            }
        };
    }

    @AfterEach
    void stopRoutes() {
        camel.stop();
    }

    private void failIfAsked() {
        if (failure != null) {
            throw failure;
        }
    }

    private static WebFormSubmission form() {
        WebFormSubmission form = new WebFormSubmission();
        form.setDescription("Cobrança em dobro");
        form.setFormToken("token-1234");
        return form;
    }

    private static WebhookDelivery delivery(String eventId, String body) {
        return new WebhookDelivery(eventId, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWebFormIsTranslatedInItsRouteAndAnsweredWithItsReceipt() {
        IntakeReceipt receipt = gateway.submitWebForm(form());

        assertThat(receipt.protocol()).isEqualTo(ProtocolNumber.issue(2026, 1));
        assertThat(registered).singleElement().satisfies(c -> {
            assertThat(c.channel()).isEqualTo(Channel.WEB_FORM);
            assertThat(c.sourceKey()).isEqualTo("token-1234");
        });
    }

    @Test
    void aWebhookDeliveryIsReadInItsRouteUnderItsWebhookId() {
        CallAnswer answer = gateway.submitCall(delivery("evt-1", STARTED));

        assertThat(answer.protocol()).isEqualTo(ProtocolNumber.issue(2026, 7));
        assertThat(applied).singleElement().satisfies(e -> {
            assertThat(e.eventId()).isEqualTo("evt-1");
            assertThat(e.callId()).isEqualTo("c-1");
            assertThat(e.caller()).isEqualTo("+5511987654321");
        });
    }

    @Test
    void aMalformedCallEventReachesTheCallerAsItIsAndIsNotQuarantined() {
        assertThatThrownBy(() -> gateway.submitCall(delivery("evt-2", "{\"type\":\"call.started\"}")))
                .isInstanceOf(MalformedCallEventException.class);

        assertThat(applied).isEmpty();
        assertThat(quarantined).isEmpty();
    }

    @Test
    void aRefusedEventReachesTheCallerAsItIsAndIsNotQuarantined() {
        failure = new RefusedContactException("event id evt-3 was used for other content");

        assertThatThrownBy(() -> gateway.submitCall(delivery("evt-3", STARTED)))
                .isInstanceOf(RefusedContactException.class);

        assertThat(quarantined).isEmpty();
    }

    @Test
    void aCallEventThatCannotBeAppliedIsQuarantinedUnderItsEventIdWithItsBody() {
        failure = new IllegalStateException("database is down");

        assertThatThrownBy(() -> gateway.submitCall(delivery("evt-4", STARTED)))
                .isInstanceOfSatisfying(ContactQuarantinedException.class,
                        e -> assertThat(e.quarantineId()).isEqualTo(1L));

        assertThat(quarantined).singleElement().satisfies(q -> {
            assertThat(q.channel()).isEqualTo(Channel.PHONE);
            assertThat(q.sourceKey()).isEqualTo("evt-4");
            assertThat(q.payload()).isEqualTo(STARTED);
            assertThat(q.reason()).contains("database is down");
        });
    }

    @Test
    void aWebFormThatCannotBeRegisteredIsQuarantinedAndTheCallerToldItsId() {
        failure = new IllegalStateException("database is down");

        assertThatThrownBy(() -> gateway.submitWebForm(form()))
                .isInstanceOfSatisfying(ContactQuarantinedException.class,
                        e -> assertThat(e.quarantineId()).isEqualTo(1L));

        assertThat(quarantined).singleElement().satisfies(q -> assertThat(q.payload()).contains("Cobrança em dobro"));
    }

    @Test
    void whenEvenTheQuarantineFailsIntakeIsUnavailable() {
        failure = new IllegalStateException("database is down");
        quarantineStep.quarantine = new ListQuarantine(quarantined) {
            @Override
            public QuarantinedContact hold(Channel channel, String sourceKey, String rawPayload, String reason) {
                throw new IllegalStateException("quarantine is down too");
            }
        };

        assertThatThrownBy(() -> gateway.submitWebForm(form()))
                .isInstanceOf(IntakeUnavailableException.class)
                .hasMessageContaining("quarantine is down too");
    }
}

package org.triagem.interfaces.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triagem.application.CallAnswer;
import org.triagem.application.PhoneCallService;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.phone.CallEvent;
import org.triagem.domain.model.quarantine.QuarantinedContact;

/**
 * The real {@code routes/phone-broker.camel.yaml} and {@code routes/phone-intake.camel.yaml}, the broker
 * consumer replaced by a direct endpoint (PhoneBrokerIT runs it against a broker): what the route notes
 * for quarantine, and that a message is read as an event of the contract with its id in the body.
 */
class PhoneBrokerRouteTest {

    private static final String QUEUE = "triagem.phone.events";

    private final List<CallEvent> applied = new CopyOnWriteArrayList<>();
    private final List<QuarantinedContact> quarantined = new CopyOnWriteArrayList<>();
    private CamelContext camel;

    @BeforeEach
    void startRoutes() throws Exception {
        camel = new DefaultCamelContext();
        Properties settings = new Properties();
        settings.put("triagem.phone.amqp.enabled", "true");
        settings.put("triagem.phone.amqp.exchange", "triagem.phone");
        settings.put("triagem.phone.amqp.queue", QUEUE);
        settings.put("triagem.phone.amqp.consumers", "1");
        camel.getPropertiesComponent().setOverrideProperties(settings);
        PhoneCallService phone = event -> {
            applied.add(event);
            return new CallAnswer(event.eventId(), event.callId(), ProtocolNumber.issue(2026, 1), true, false);
        };
        ContactQuarantineStep quarantineStep = new ContactQuarantineStep();
        quarantineStep.quarantine = new ListQuarantine(quarantined);
        camel.getRegistry().bind("phoneCalls", phone);
        camel.getRegistry().bind("callEventReader", new CallEventReader());
        camel.getRegistry().bind("contactOrigin", new ContactOrigin());
        camel.getRegistry().bind("contactQuarantine", quarantineStep);
        RouteFiles.load(camel, "phone-intake", "phone-broker");
        AdviceWith.adviceWith(camel, "phone-broker", route -> route.replaceFromWith("direct:broker"));
        camel.start();
    }

    @AfterEach
    void stopRoutes() {
        camel.stop();
    }

    private Exchange publish(String body) {
        return camel.createProducerTemplate().send("direct:broker", ex -> ex.getIn().setBody(body));
    }

    @Test
    void appliesAMessageAsACallEventWithItsIdInTheBody() {
        Exchange done = publish("""
                {"id":"evt-1","type":"call.started","data":{"callId":"c-1","caller":"(11) 98765-4321"}}""");

        assertThat(done.getException()).isNull();
        assertThat(applied).singleElement().satisfies(e -> {
            assertThat(e.eventId()).isEqualTo("evt-1");
            assertThat(e.caller()).isEqualTo("+5511987654321");
        });
    }

    @Test
    void quarantinesAMessageThatIsNotACallEventAsReceivedUnderItsQueue() {
        Exchange done = publish("not a call event");

        // Not handled: the listener rejects it and the broker dead-letters it.
        assertThat(done.getException()).isInstanceOf(MalformedCallEventException.class);
        assertThat(applied).isEmpty();
        assertThat(quarantined).singleElement().satisfies(q -> {
            assertThat(q.channel()).isEqualTo(Channel.PHONE);
            assertThat(q.sourceKey()).isEqualTo("amqp:" + QUEUE);
            assertThat(q.payload()).isEqualTo("not a call event");
        });
    }
}

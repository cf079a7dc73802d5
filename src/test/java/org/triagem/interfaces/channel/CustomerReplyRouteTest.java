package org.triagem.interfaces.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
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
 * The real {@code routes/customer-reply.camel.yaml} and {@code routes/intake.camel.yaml}: a message from
 * the status page reaches intake as a web-form contact naming its case, as a mail reply does, and one
 * that cannot be registered is quarantined whole, document included, and can be replayed.
 */
class CustomerReplyRouteTest {

    private static final ProtocolNumber PROTOCOL = ProtocolNumber.issue(2026, 77);
    private static final String PDF = Base64.getEncoder().encodeToString("%PDF-1.4".getBytes(StandardCharsets.US_ASCII));

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
            return new IntakeReceipt(contact.referencedProtocol(), false);
        };
        ContactQuarantineStep quarantineStep = new ContactQuarantineStep();
        quarantineStep.quarantine = new ListQuarantine(quarantined);
        camel.getRegistry().bind("intakeService", intake);
        camel.getRegistry().bind("customerReplyTranslator", new CustomerReplyTranslator());
        camel.getRegistry().bind("contactQuarantine", quarantineStep);
        RouteFiles.load(camel, "intake", "customer-reply");
        camel.start();
    }

    @AfterEach
    void stopRoutes() {
        camel.stop();
    }

    private Exchange submit(CustomerReply reply) {
        return camel.createProducerTemplate().send(ChannelGateway.CUSTOMER_REPLY_ROUTE, ex -> ex.getIn().setBody(reply));
    }

    @Test
    void aMessageReachesIntakeAsAWebFormContactNamingItsCaseWithItsDocument() {
        Exchange done = submit(new CustomerReply(PROTOCOL.value(), "reply-token-1", "Segue o comprovante.",
                "comprovante.pdf", "application/pdf", PDF));

        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getBody(IntakeReceipt.class).protocol()).isEqualTo(PROTOCOL);
        assertThat(registered).singleElement().satisfies(c -> {
            assertThat(c.channel()).isEqualTo(Channel.WEB_FORM);
            assertThat(c.referencedProtocol()).isEqualTo(PROTOCOL);
            assertThat(c.sourceKey()).isEqualTo("reply:reply-token-1");
            assertThat(c.description()).isEqualTo("Segue o comprovante.");
            assertThat(c.customer().isIdentified()).isFalse();
            assertThat(c.attachments()).singleElement().satisfies(a -> {
                assertThat(a.fileName()).isEqualTo("comprovante.pdf");
                assertThat(a.contentType()).isEqualTo("application/pdf");
                assertThat(new String(a.content(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4");
            });
        });
    }

    @Test
    void aDocumentWithoutATextTellsTheStaffSo() {
        submit(new CustomerReply(PROTOCOL.value(), "reply-token-2", null, "nota.pdf", "application/pdf", PDF));

        assertThat(registered).singleElement().satisfies(c ->
                assertThat(c.description()).isEqualTo(CustomerReply.DOCUMENT_ONLY));
    }

    @Test
    void aMessageThatCannotBeRegisteredIsQuarantinedWholeAndReplaysAsTheSameReply() {
        intakeFailure = new IllegalStateException("database is down");

        Exchange done = submit(new CustomerReply(PROTOCOL.value(), "reply-token-3", "Ainda não recebi.",
                "nota.pdf", "application/pdf", PDF));

        assertThat(done.getException()).isNotNull();
        QuarantinedContact held = quarantined.get(0);
        assertThat(held.channel()).isEqualTo(Channel.WEB_FORM);
        assertThat(held.sourceKey()).isEqualTo("reply:reply-token-3");
        assertThat(held.reason()).contains("database is down");
        assertThat(held.payload()).contains("Ainda não recebi.").contains(PDF);

        CustomerReplyTranslator translator = new CustomerReplyTranslator();
        assertThat(translator.isReply(held.sourceKey())).isTrue();
        assertThat(translator.isReply("a-web-form-token")).isFalse();
        IncomingContact replayed = translator.toContact(translator.fromJson(held.payload()));
        assertThat(replayed.referencedProtocol()).isEqualTo(PROTOCOL);
        assertThat(replayed.description()).isEqualTo("Ainda não recebi.");
        assertThat(replayed.attachments()).singleElement().satisfies(a -> assertThat(a.fileName()).isEqualTo("nota.pdf"));
    }
}

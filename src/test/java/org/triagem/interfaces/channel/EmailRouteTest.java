package org.triagem.interfaces.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.triagem.application.IntakeReceipt;
import org.triagem.application.IntakeService;
import org.triagem.application.QuarantineService;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.quarantine.QuarantinedContact;
import org.triagem.infrastructure.mail.MailParser;

/**
 * The real {@code routes/email-intake.camel.yaml} and {@code routes/intake.camel.yaml} polling a real
 * IMAP server (GreenMail, on dynamic ports), with the real translator, parser and quarantine step, and
 * an in-memory intake that dedupes on the source key as the database does.
 */
class EmailRouteTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());

    private final Map<String, ProtocolNumber> receipts = new ConcurrentHashMap<>();
    private final List<IncomingContact> registered = new CopyOnWriteArrayList<>();
    private final List<QuarantinedContact> quarantined = new CopyOnWriteArrayList<>();
    private volatile RuntimeException intakeFailure;
    private volatile RuntimeException failOnce;
    private CamelContext camel;

    @BeforeEach
    void startRoutes() throws Exception {
        mail.setUser("sac@triagem.test", "sac", "segredo");
        camel = new DefaultCamelContext();
        Properties p = new Properties();
        p.put("triagem.mail.enabled", "true");
        p.put("triagem.mail.protocol", "imap");
        p.put("triagem.mail.host", "127.0.0.1");
        p.put("triagem.mail.port", String.valueOf(mail.getImap().getPort()));
        p.put("triagem.mail.user", "sac");
        p.put("triagem.mail.password", "segredo");
        p.put("triagem.mail.folder", "INBOX");
        p.put("triagem.mail.poll-millis", "200");
        camel.getPropertiesComponent().setInitialProperties(p);

        IntakeService intake = contact -> {
            if (intakeFailure != null) {
                throw intakeFailure;
            }
            if (failOnce != null) {
                RuntimeException e = failOnce;
                failOnce = null;
                throw e;
            }
            ProtocolNumber earlier = receipts.get(contact.sourceKey());
            if (earlier != null) {
                return new IntakeReceipt(earlier, false);
            }
            registered.add(contact);
            ProtocolNumber protocol = ProtocolNumber.issue(2026, registered.size());
            receipts.put(contact.sourceKey(), protocol);
            return new IntakeReceipt(protocol, true);
        };
        EmailTranslator translator = new EmailTranslator();
        translator.maxBytes = 64 * 1024;
        translator.parser = new MailParser();
        ContactQuarantineStep quarantineStep = new ContactQuarantineStep();
        quarantineStep.quarantine = new ListQuarantine();
        camel.getRegistry().bind("intakeService", intake);
        camel.getRegistry().bind("emailTranslator", translator);
        camel.getRegistry().bind("contactQuarantine", quarantineStep);
        Path routes = Path.of(System.getProperty("triagem.routes.dir", "routes"));
        PluginHelper.getRoutesLoader(camel).loadRoutes(
                ResourceHelper.resolveResource(camel, "file:" + routes.resolve("intake.camel.yaml")),
                ResourceHelper.resolveResource(camel, "file:" + routes.resolve("email-intake.camel.yaml")));
        camel.start();
    }

    @AfterEach
    void stopRoutes() {
        camel.stop();
    }

    private void deliver(String eml) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8)));
        mail.getManagers().getImapHostManager().getInbox(mail.getUserManager().getUserByEmail("sac@triagem.test"))
                .store(message);
    }

    private static String eml(String from, String subject, String body) {
        return "From: " + from + "\r\nTo: sac@triagem.test\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + System.nanoTime() + "@cliente.test>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
    }

    private long unseenInInbox() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", mail.getImap().getPort(), "sac", "segredo");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            long unseen = 0;
            for (Message m : inbox.getMessages()) {
                if (!m.isSet(Flags.Flag.SEEN)) {
                    unseen++;
                }
            }
            inbox.close(false);
            return unseen;
        } finally {
            store.close();
        }
    }

    @Test
    void aNewMailBecomesAnEmailContactKeyedByMailboxUidValidityAndUid() throws Exception {
        deliver(eml("Maria Souza <maria@cliente.test>", "Cobrança indevida", "Fui cobrada duas vezes."));

        await().atMost(Duration.ofSeconds(15)).until(() -> registered.size() == 1);
        IncomingContact contact = registered.get(0);
        assertThat(contact.channel()).isEqualTo(Channel.EMAIL);
        assertThat(contact.sourceKey()).startsWith("imap:").contains("INBOX");
        assertThat(contact.customer().email()).isEqualTo("maria@cliente.test");
        assertThat(contact.subject()).isEqualTo("Cobrança indevida");
        assertThat(contact.description()).contains("Fui cobrada duas vezes.");
        assertThat(contact.referencedProtocol()).isNull();
        await().atMost(Duration.ofSeconds(15)).until(() -> unseenInInbox() == 0);
    }

    @Test
    void aReplyNamingItsProtocolInTheSubjectIsThreadedToThatCase() throws Exception {
        ProtocolNumber existing = ProtocolNumber.issue(2026, 77);
        deliver(eml("maria@cliente.test", "Re: Sua reclamação [#" + existing + "]", "Ainda não resolveu."));

        await().atMost(Duration.ofSeconds(15)).until(() -> registered.size() == 1);
        assertThat(registered.get(0).referencedProtocol()).isEqualTo(existing);
    }

    @Test
    void aMalformedMailIsQuarantinedWithItsRawBytesAndTheNextMailStillGetsThrough() throws Exception {
        deliver(new String(getClass().getResourceAsStream("/mail/corpus/12-truncated-base64.eml").readAllBytes(),
                StandardCharsets.UTF_8));
        deliver(eml("joao@cliente.test", "Entrega", "Meu pedido não chegou."));

        await().atMost(Duration.ofSeconds(15)).until(() -> registered.size() == 1 && quarantined.size() == 1);
        assertThat(registered.get(0).customer().email()).isEqualTo("joao@cliente.test");
        QuarantinedContact held = quarantined.get(0);
        assertThat(held.channel()).isEqualTo(Channel.EMAIL);
        assertThat(held.payload()).contains("Content-Transfer-Encoding: base64");
        assertThat(held.reason()).isNotBlank();
        assertThat(held.sourceKey()).startsWith("imap:");
        await().atMost(Duration.ofSeconds(15)).until(() -> unseenInInbox() == 0);
    }

    @Test
    void whenRegistrationFailsTheMailIsQuarantinedNotRetriedForever() throws Exception {
        intakeFailure = new IllegalStateException("database is down");
        deliver(eml("ana@cliente.test", "Defeito", "O produto não liga."));

        await().atMost(Duration.ofSeconds(15)).until(() -> quarantined.size() == 1);
        assertThat(quarantined.get(0).reason()).contains("database is down");
        assertThat(quarantined.get(0).payload()).contains("O produto n");
        await().atMost(Duration.ofSeconds(15)).until(() -> unseenInInbox() == 0);
        assertThat(registered).isEmpty();
    }

    @Test
    void aTransactionLostToAnotherNodeIsRetriedAndNotQuarantined() throws Exception {
        // what a second node sees when the first registered the same mail a moment before it
        failOnce = new jakarta.persistence.PersistenceException("duplicate key value violates uq intake_receipt");
        deliver(eml("ana@cliente.test", "Atraso", "Pedido atrasado."));

        await().atMost(Duration.ofSeconds(15)).until(() -> registered.size() == 1);
        await().atMost(Duration.ofSeconds(15)).until(() -> unseenInInbox() == 0);
        assertThat(quarantined).isEmpty();
    }

    @Test
    void anOversizedMailIsQuarantinedWithItsHeadersOnly() throws Exception {
        deliver(eml("grande@cliente.test", "Anexo enorme", "x".repeat(100 * 1024)));

        await().atMost(Duration.ofSeconds(15)).until(() -> quarantined.size() == 1);
        assertThat(quarantined.get(0).payload()).contains("Subject: Anexo enorme").doesNotContain("x".repeat(1000));
        assertThat(registered).isEmpty();
    }

    /** Numbers quarantined contacts from 1. */
    private final class ListQuarantine implements QuarantineService {
        @Override
        public QuarantinedContact hold(Channel channel, String sourceKey, String rawPayload, String reason) {
            long id = quarantined.size() + 1L;
            QuarantinedContact held = new QuarantinedContact(channel, sourceKey, rawPayload, reason, null) {
                @Override
                public Long id() {
                    return id;
                }
            };
            quarantined.add(held);
            return held;
        }

        @Override
        public List<QuarantinedContact> recent(int limit) {
            return quarantined;
        }

        @Override
        public java.util.Optional<QuarantinedContact> find(long id) {
            return quarantined.stream().filter(q -> q.id() == id).findFirst();
        }

        @Override
        public void markReplayed(long id, ProtocolNumber protocol) {
        }
    }
}

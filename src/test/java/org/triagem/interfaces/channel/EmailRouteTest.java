package org.triagem.interfaces.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.quarantine.QuarantinedContact;

/**
 * The email route polling a real IMAP server, GreenMail on dynamic ports (see {@link MailRouteHarness}).
 */
class EmailRouteTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());

    private MailRouteHarness routes;

    @BeforeEach
    void startRoutes() throws Exception {
        mail.setUser("sac@triagem.test", "sac", "segredo");
        routes = new MailRouteHarness(mail.getImap().getPort(), "sac", "segredo");
    }

    @AfterEach
    void stopRoutes() {
        routes.close();
    }

    private void deliver(String eml) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8)));
        mail.getManagers().getImapHostManager().getInbox(mail.getUserManager().getUserByEmail("sac@triagem.test"))
                .store(message);
    }

    private static String eml(String from, String subject, String body) {
        return MailRouteHarness.eml(from, subject, body);
    }

    private long unseenInInbox() throws Exception {
        return routes.unseenInInbox();
    }

    @Test
    void aNewMailBecomesAnEmailContactKeyedByMailboxUidValidityAndUid() throws Exception {
        deliver(eml("Maria Souza <maria@cliente.test>", "Cobrança indevida", "Fui cobrada duas vezes."));

        await().atMost(Duration.ofSeconds(15)).until(() -> routes.registered.size() == 1);
        IncomingContact contact = routes.registered.get(0);
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

        await().atMost(Duration.ofSeconds(15)).until(() -> routes.registered.size() == 1);
        assertThat(routes.registered.get(0).referencedProtocol()).isEqualTo(existing);
    }

    @Test
    void aMalformedMailIsQuarantinedWithItsRawBytesAndTheNextMailStillGetsThrough() throws Exception {
        // Damaged and with nothing readable in it: the one kind of mail that still goes to quarantine.
        deliver("MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"nunca\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n\r\n");
        deliver(eml("joao@cliente.test", "Entrega", "Meu pedido não chegou."));

        await().atMost(Duration.ofSeconds(15)).until(() -> routes.registered.size() == 1 && routes.quarantined.size() == 1);
        assertThat(routes.registered.get(0).customer().email()).isEqualTo("joao@cliente.test");
        QuarantinedContact held = routes.quarantined.get(0);
        assertThat(held.channel()).isEqualTo(Channel.EMAIL);
        assertThat(held.payload()).contains("boundary=\"nunca\"");
        assertThat(held.reason()).startsWith("UnparseableMailException: no readable text could be recovered");
        assertThat(held.sourceKey()).startsWith("imap:");
        await().atMost(Duration.ofSeconds(15)).until(() -> unseenInInbox() == 0);
    }

    @Test
    void whenRegistrationFailsTheMailIsQuarantinedNotRetriedForever() throws Exception {
        routes.intakeFailure = new IllegalStateException("database is down");
        deliver(eml("ana@cliente.test", "Defeito", "O produto não liga."));

        await().atMost(Duration.ofSeconds(15)).until(() -> routes.quarantined.size() == 1);
        assertThat(routes.quarantined.get(0).reason()).contains("database is down");
        assertThat(routes.quarantined.get(0).payload()).contains("O produto n");
        await().atMost(Duration.ofSeconds(15)).until(() -> unseenInInbox() == 0);
        assertThat(routes.registered).isEmpty();
    }

    @Test
    void attachmentsTravelWithTheContact() throws Exception {
        deliver(new String(getClass().getResourceAsStream("/mail/corpus/08-attachments.eml").readAllBytes(),
                StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(15)).until(() -> routes.registered.size() == 1);
        assertThat(routes.registered.get(0).attachments()).isNotEmpty()
                .allSatisfy(a -> assertThat(a.size()).isPositive());
    }

    @Test
    void aTransactionLostToAnotherNodeIsRetriedAndNotQuarantined() throws Exception {
        // what a second node sees when the first registered the same mail a moment before it
        routes.failOnce = new jakarta.persistence.PersistenceException("duplicate key value violates uq intake_receipt");
        deliver(eml("ana@cliente.test", "Atraso", "Pedido atrasado."));

        await().atMost(Duration.ofSeconds(15)).until(() -> routes.registered.size() == 1);
        await().atMost(Duration.ofSeconds(15)).until(() -> unseenInInbox() == 0);
        assertThat(routes.quarantined).isEmpty();
    }

    @Test
    void anOversizedMailIsQuarantinedWithItsHeadersOnly() throws Exception {
        deliver(eml("grande@cliente.test", "Anexo enorme", "x".repeat(100 * 1024)));

        // The notice is the route's next step after the quarantine: wait for it too, not only the quarantine.
        await().atMost(Duration.ofSeconds(15)).until(() -> routes.quarantined.size() == 1
                && routes.oversizeNotices.size() == 1);
        assertThat(routes.quarantined.get(0).payload()).contains("Subject: Anexo enorme").doesNotContain("x".repeat(1000));
        assertThat(routes.registered).isEmpty();
        assertThat(routes.oversizeNotices).singleElement().asString()
                .startsWith("grande@cliente.test ").endsWith(" " + 64 * 1024);
    }

    @Test
    void anOversizedAutomaticMailIsQuarantinedButItsSenderIsNotTold() throws Exception {
        deliver(eml("robo@cliente.test", "Relatório", "x".repeat(100 * 1024))
                .replace("MIME-Version: 1.0\r\n", "MIME-Version: 1.0\r\nAuto-Submitted: auto-generated\r\n"));
        deliver(eml("pessoa@cliente.test", "Depois", "Uma mensagem pequena."));

        await().atMost(Duration.ofSeconds(15)).until(() -> routes.registered.size() == 1);
        await().atMost(Duration.ofSeconds(15)).until(() -> routes.quarantined.size() == 1);
        assertThat(routes.oversizeNotices).isEmpty();
    }

    @Test
    void aMailTheDatabaseRefusesInsideABatchIsQuarantinedAloneAndTheOthersBecomeCasesExactlyOnce() throws Exception {
        routes.close();
        for (int i = 1; i <= 5; i++) {
            deliver(eml("cliente" + i + "@cliente.test", (i == 3 ? "VENENO " : "Pedido ") + i, "Reclamação " + i + "."));
        }
        routes = new MailRouteHarness(mail.getImap().getPort(), "sac", "segredo", "VENENO");

        await().atMost(Duration.ofSeconds(15)).until(() -> routes.quarantined.size() == 1 && unseenInInbox() == 0);
        // The five were tried as one batch, while all five were still unseen: none flagged before a commit.
        assertThat(routes.batchSizes).first().isEqualTo(5);
        assertThat(routes.unseenWhenRegisteringBatch).first().isEqualTo(5L);
        assertThat(routes.registered).extracting(IncomingContact::subject)
                .containsExactlyInAnyOrder("Pedido 1", "Pedido 2", "Pedido 4", "Pedido 5");
        assertThat(routes.registered).extracting(IncomingContact::sourceKey).doesNotHaveDuplicates();
        QuarantinedContact held = routes.quarantined.get(0);
        assertThat(held.reason()).contains("SQLState 22001").contains("too long for its column")
                .doesNotContain("VENENO");
        assertThat(held.payload()).contains("Subject: VENENO 3");
        assertThat(held.sourceKey()).startsWith("imap:");
    }
}

package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mail delivered to a real IMAP server (GreenMail, on the port the IT server polls) becomes a case;
 * a reply naming the protocol joins it; a malformed mail is quarantined and listed.
 */
class EmailIntakeIT extends DeployedTriagem {

    @RegisterExtension
    static GreenMailExtension imap = new GreenMailExtension(new ServerSetup[] {
        new ServerSetup(Integer.getInteger("it.imap.port", 39143), "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
        new ServerSetup(Integer.getInteger("it.smtp.port", 39025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP)})
            .withPerMethodLifecycle(false);

    @BeforeEach
    void mailbox() {
        if (imap.getUserManager().getUserByEmail("sac@triagem.test") == null) {
            imap.setUser("sac@triagem.test", "sac", "it-only-secret");
        }
    }

    private void deliver(String eml) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8)));
        imap.getManagers().getImapHostManager().getInbox(imap.getUserManager().getUserByEmail("sac@triagem.test"))
                .store(message);
    }

    private static String eml(String from, String subject, String body) {
        return "From: " + from + "\r\nTo: sac@triagem.test\r\nSubject: " + subject + "\r\nMessage-ID: <"
                + UUID.randomUUID() + "@cliente.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
    }

    @Test
    void attachmentsAreKeptWithTheCase() throws Exception {
        String marker = "anexo-" + UUID.randomUUID();
        String raw = new String(getClass().getResourceAsStream("/mail/corpus/08-attachments.eml").readAllBytes(),
                StandardCharsets.UTF_8);
        // a subject of its own, so the case can be found
        deliver(raw.replaceFirst("(?m)^Subject: .*$", "Subject: " + marker));

        await().atMost(Duration.ofSeconds(30)).until(() -> search(marker).size() == 1);
        JsonArray files = api.get("api/cases/" + search(marker).getJsonObject(0).getString("protocol")).json()
                .getJsonArray("attachments");
        assertThat(files).isNotEmpty();
        assertThat(files.getValuesAs(JsonObject.class)).allSatisfy(f -> {
            assertThat(f.getString("fileName")).isNotBlank();
            assertThat(f.getJsonNumber("size").longValue()).isPositive();
        });
    }

    @Test
    void anAutomaticMailOpensACaseButGetsNoAcknowledgement() throws Exception {
        String robot = "ferias-" + UUID.randomUUID() + "@cliente.test";
        String person = "pessoa-" + UUID.randomUUID() + "@cliente.test";
        String marker = "auto-" + UUID.randomUUID();
        deliver(eml(robot, "Ausência temporária", "Estou de férias até segunda. " + marker)
                .replace("MIME-Version: 1.0\r\n", "MIME-Version: 1.0\r\nAuto-Submitted: auto-replied\r\n"));
        deliver(eml(person, "Defeito", "O produto não liga."));

        awaitMailTo(person); // the outbox sends in order: had the robot been answered, it would be by now
        await().atMost(Duration.ofSeconds(30)).until(() -> search(marker).size() == 1);
        assertThat(mailsTo(robot)).isEmpty();
    }

    private MimeMessage awaitMailTo(String address) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> !mailsTo(address).isEmpty());
        return mailsTo(address).get(0);
    }

    private java.util.List<MimeMessage> mailsTo(String address) throws Exception {
        java.util.List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage m : imap.getReceivedMessages()) {
            for (var to : m.getAllRecipients()) {
                if (to.toString().contains(address)) {
                    found.add(m);
                }
            }
        }
        return found;
    }

    private JsonArray search(String marker) {
        return api.get("api/cases?q=" + marker).jsonArray();
    }

    @Test
    void aMailBecomesARoutedCaseAndAReplyNamingItsProtocolJoinsIt() throws Exception {
        String marker = "mail-" + UUID.randomUUID();
        String sender = "maria-" + UUID.randomUUID() + "@cliente.test";
        deliver(eml("Maria Souza <" + sender + ">", "Cobrança indevida",
                "Fui cobrada duas vezes pela mesma compra. " + marker));

        await().atMost(Duration.ofSeconds(30)).until(() -> search(marker).size() == 1);
        String protocol = search(marker).getJsonObject(0).getString("protocol");
        JsonObject opened = api.get("api/cases/" + protocol).json();
        assertThat(opened.getString("channel")).isEqualTo("EMAIL");
        assertThat(opened.getString("department")).isEqualTo("Financeiro");
        assertThat(opened.getJsonObject("customer").getString("email")).isEqualTo("m***@cliente.test");
        assertThat(opened.toString()).doesNotContain(sender);

        deliver(eml(sender, "Re: Cobrança indevida [#" + protocol + "]", "Ainda não recebi o estorno."));

        MimeMessage ack = awaitMailTo(sender);
        assertThat(ack.getSubject()).contains("[#" + protocol + "]");
        assertThat(ack.getHeader("Auto-Submitted")).containsExactly("auto-replied");
        assertThat(ack.getContent().toString()).contains(protocol);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("api/cases/" + protocol).json().getJsonArray("messages").size() == 1);
        JsonObject threaded = api.get("api/cases/" + protocol).json();
        assertThat(threaded.getJsonArray("messages").getJsonObject(0).getString("body"))
                .contains("Ainda não recebi o estorno.");
        assertThat(search(marker)).hasSize(1);
    }

    @Test
    void aDamagedMailWithNothingReadableIsQuarantinedAndListedWhileTheNextMailGetsThrough() throws Exception {
        long before = emailQuarantineSize();
        String good = "good-" + UUID.randomUUID();
        deliver("To: sac@triagem.test\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"nunca\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n\r\n");
        deliver(eml("joao-" + UUID.randomUUID() + "@cliente.test", "Entrega", "Meu pedido não chegou. " + good));

        await().atMost(Duration.ofSeconds(30)).until(() -> search(good).size() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> emailQuarantineSize() == before + 1);
        JsonObject held = api.get("api/quarantine").jsonArray().getJsonObject(0);
        assertThat(held.getString("reason")).contains("no readable text could be recovered");
        assertThat(held.getInt("payloadLength")).isPositive();
    }

    @Test
    void aDamagedMailThatAMailReaderCanReadBecomesACaseThatNotesTheDamage() throws Exception {
        String marker = "danificada-" + UUID.randomUUID();
        deliver(new String(getClass().getResourceAsStream("/mail/corpus/12-truncated-base64.eml").readAllBytes(),
                StandardCharsets.UTF_8).replace("Subject: Comprovante", "Subject: Comprovante " + marker)
                .replace("<truncated@example.com>", "<" + marker + "@example.com>"));

        await().atMost(Duration.ofSeconds(30)).until(() -> search(marker).size() == 1);
        String protocol = search(marker).getJsonObject(0).getString("protocol");
        assertThat(api.get("api/cases/" + protocol).json().getString("description"))
                .startsWith("Segue o comprovante.").contains("[Triagem: mensagem com defeitos de formato");
    }

    private long emailQuarantineSize() {
        return api.get("api/quarantine").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getString("channel").equals("EMAIL")).count();
    }
}

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
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * Staff answer a mailed complaint through the API; the answer leaves by SMTP threaded under the
 * customer's mail, and the customer's answer to it comes back into the same case. An oversized mail
 * is refused and its sender told. GreenMail plays both the mailbox the server polls and its SMTP relay.
 */
class EmailConversationIT extends DeployedTriagem {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup[] {
        new ServerSetup(Integer.getInteger("it.imap.port", 39143), "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
        new ServerSetup(Integer.getInteger("it.smtp.port", 39025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP)})
            .withPerMethodLifecycle(false);

    @BeforeEach
    void mailbox() {
        if (mail.getUserManager().getUserByEmail("sac@triagem.test") == null) {
            mail.setUser("sac@triagem.test", "sac", "it-only-secret");
        }
    }

    private void deliver(String eml) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8)));
        mail.getManagers().getImapHostManager().getInbox(mail.getUserManager().getUserByEmail("sac@triagem.test"))
                .store(message);
    }

    private static String eml(String from, String messageId, String extraHeaders, String subject, String body) {
        return "From: " + from + "\r\nTo: sac@triagem.test\r\nSubject: " + subject + "\r\nMessage-ID: " + messageId
                + "\r\n" + extraHeaders + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
    }

    private List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            for (var to : m.getAllRecipients()) {
                if (to.toString().contains(address)) {
                    found.add(m);
                }
            }
        }
        return found;
    }

    private MimeMessage awaitMailTo(String address, String subjectPart) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(address).stream()
                .anyMatch(m -> subjectOf(m).contains(subjectPart)));
        return mailsTo(address).stream().filter(m -> subjectOf(m).contains(subjectPart)).findFirst().orElseThrow();
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonArray search(String marker) {
        return api.get("api/cases?q=" + marker).jsonArray();
    }

    private String openCaseByMail(String sender, String messageId, String marker) throws Exception {
        deliver(eml("Maria Souza <" + sender + ">", messageId, "", "Cobrança indevida",
                "Fui cobrada duas vezes. " + marker));
        await().atMost(Duration.ofSeconds(30)).until(() -> search(marker).size() == 1);
        return search(marker).getJsonObject(0).getString("protocol");
    }

    private Api.Reply post(String protocol, String json) {
        return api.postJson("api/cases/" + protocol + "/messages", json);
    }

    @Test
    void aStaffReplyLeavesThreadedUnderTheCustomersMailAndTheirAnswerJoinsTheCase() throws Exception {
        String marker = "conversa-" + UUID.randomUUID();
        String sender = "maria-" + UUID.randomUUID() + "@cliente.test";
        String firstId = "<" + UUID.randomUUID() + "@cliente.test>";
        String protocol = openCaseByMail(sender, firstId, marker);

        Api.Reply created = post(protocol, "{\"kind\":\"REPLY\",\"text\":\"Já estornamos o valor.\",\"author\":\"Ana Lima\"}");

        assertThat(created.status()).isEqualTo(201);
        JsonObject stored = created.json();
        assertThat(stored.getJsonNumber("id")).isNotNull();
        assertThat(stored.getString("kind")).isEqualTo("REPLY");
        assertThat(stored.getString("text")).isEqualTo("Já estornamos o valor.");
        // The history records who signed in; the mail is signed with the name given.
        assertThat(stored.getString("author")).isEqualTo(Api.DEFAULT_USER);
        assertThat(stored.getString("time")).isNotBlank();
        assertThat(stored.getString("delivery")).isEqualTo("PENDING");

        MimeMessage reply = awaitMailTo(sender, "Resposta ao seu atendimento");
        assertThat(reply.getSubject()).contains("[#" + protocol + "]");
        assertThat(reply.getContent().toString()).contains("Já estornamos o valor.").contains("Ana Lima");
        assertThat(reply.getMessageID()).startsWith("<" + protocol + ".");
        assertThat(reply.getHeader("In-Reply-To")).containsExactly(firstId);
        assertThat(reply.getHeader("References")[0]).contains(firstId);
        assertThat(reply.getHeader("Auto-Submitted")).isNull(); // a person wrote it

        // The customer's client drops the protocol from the subject: the headers alone must thread it.
        deliver(eml(sender, "<" + UUID.randomUUID() + "@cliente.test>",
                "In-Reply-To: " + reply.getMessageID() + "\r\nReferences: " + firstId + " " + reply.getMessageID() + "\r\n",
                "Re: Resposta ao seu atendimento", "Obrigada, recebi o estorno."));

        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("api/cases/" + protocol).json()
                .getJsonArray("messages").toString().contains("Obrigada, recebi o estorno."));
        JsonArray messages = api.get("api/cases/" + protocol).json().getJsonArray("messages");
        assertThat(messages.getValuesAs(JsonObject.class)).extracting(m -> m.getString("kind"))
                .containsExactly("REPLY", "CUSTOMER");
        assertThat(messages.getJsonObject(0).getString("author")).isEqualTo(Api.DEFAULT_USER);
        assertThat(search(marker)).hasSize(1);
    }

    @Test
    void aNoteStaysInternalWhileTheReplyAfterItIsSent() throws Exception {
        String sender = "jose-" + UUID.randomUUID() + "@cliente.test";
        String protocol = openCaseByMail(sender, "<" + UUID.randomUUID() + "@cliente.test>",
                "nota-" + UUID.randomUUID());
        String secret = "nota-interna-" + UUID.randomUUID();

        Api.Reply note = post(protocol, "{\"kind\":\"NOTE\",\"text\":\"" + secret + "\"}");
        assertThat(note.status()).isEqualTo(201);
        assertThat(note.json().getString("delivery")).isEqualTo("INTERNAL");
        assertThat(note.json().getString("author")).isEqualTo(Api.DEFAULT_USER);
        assertThat(post(protocol, "{\"kind\":\"REPLY\",\"text\":\"Estamos verificando.\"}").status()).isEqualTo(201);

        awaitMailTo(sender, "Resposta ao seu atendimento"); // the outbox sends in order
        for (MimeMessage m : mailsTo(sender)) {
            assertThat(m.getContent().toString()).doesNotContain(secret);
        }
        assertThat(api.get("api/cases/" + protocol).json().getJsonArray("messages").getJsonObject(0)
                .getString("kind")).isEqualTo("NOTE");
    }

    @Test
    void badMessagesAndUnknownCasesAreProblems() throws Exception {
        String protocol = openCaseByMail("ana-" + UUID.randomUUID() + "@cliente.test",
                "<" + UUID.randomUUID() + "@cliente.test>", "erro-" + UUID.randomUUID());

        Api.Reply invalid = post(protocol, "{\"kind\":\"SHOUT\",\"text\":\" \"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains("kind", "text");

        String nobody = ProtocolNumber.issue(2099, 987_654).value();
        Api.Reply unknown = post(nobody, "{\"kind\":\"REPLY\",\"text\":\"Olá\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");

        assertThat(post("12345", "{\"kind\":\"REPLY\",\"text\":\"Olá\"}").status()).isEqualTo(400);
    }

    @Test
    void anOversizedMailOpensNoCaseAndItsSenderIsToldTheLimit() throws Exception {
        String sender = "grande-" + UUID.randomUUID() + "@cliente.test";
        String marker = "enorme-" + UUID.randomUUID();
        // Other tests seed quarantined rows with ids of their own choosing: what is new is what was not there.
        java.util.Set<Long> before = quarantine().stream().map(q -> q.getJsonNumber("id").longValue())
                .collect(java.util.stream.Collectors.toSet());
        // 11 MB of text: over the default limit of 10 MB
        deliver(eml(sender, "<" + UUID.randomUUID() + "@cliente.test>", "", "Fotos " + marker,
                ("x".repeat(999) + "\r\n").repeat(11 * 1024)));

        MimeMessage notice = awaitMailTo(sender, "tamanho acima do limite");
        assertThat(notice.getHeader("Auto-Submitted")).containsExactly("auto-replied");
        assertThat(notice.getContent().toString()).contains("Fotos " + marker).contains("o limite é de 10 MB")
                .contains("nenhum protocolo foi aberto");
        assertThat(search(marker)).isEmpty();
        assertThat(quarantine()).filteredOn(q -> !before.contains(q.getJsonNumber("id").longValue()))
                .singleElement().satisfies(q -> {
                    assertThat(q.getString("reason")).contains("larger than the limit of 10485760 bytes");
                    assertThat(q.getInt("payloadLength")).isLessThan(64 * 1024); // headers only
                });
    }

    private List<JsonObject> quarantine() {
        return api.get("api/quarantine").jsonArray().getValuesAs(JsonObject.class);
    }

    @Test
    void aMailAnsweringAMergedCaseJoinsTheCaseItWasMergedInto() throws Exception {
        String sender = "joana-" + UUID.randomUUID() + "@cliente.test";
        String survivor = openCaseByMail(sender, "<" + UUID.randomUUID() + "@cliente.test>", "fusao-" + UUID.randomUUID());
        String merged = openCaseByMail(sender, "<" + UUID.randomUUID() + "@cliente.test>", "fusao-" + UUID.randomUUID());
        assertThat(api.act(merged, "merge", StaffCases.etag(api, merged), "{\"into\": \"" + survivor + "\"}").status())
                .isEqualTo(200);

        deliver(eml(sender, "<" + UUID.randomUUID() + "@cliente.test>", "", "Re: [#" + merged + "] Cobrança indevida",
                "Ainda aguardo o estorno."));

        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("api/cases/" + survivor).json()
                .getJsonArray("messages").toString().contains("Ainda aguardo o estorno."));
        assertThat(api.get("api/cases/" + merged).json().getJsonArray("messages").toString())
                .doesNotContain("Ainda aguardo o estorno.");
    }
}

package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The staff search (issue 19): one query over the protocol, the customer's name, the subject, the
 * description and the conversation, accents and case ignored, best match first, within the caller's
 * departments and the list's other filters. Runs on the embedded H2 by default and on PostgreSQL's full-text
 * search with -Ppostgres: the same answers from both. Other tests share the database, so every query names a
 * word made up here, letters only (a stemmer keeps such a word whole).
 */
class CaseSearchIT extends DeployedTriagem {

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

    /** A made-up word: "zq" and ten random letters. */
    private static String word() {
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            w.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return w.toString();
    }

    private List<String> found(Api as, String query) {
        Api.Reply r = as.get("api/cases?limit=50&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.jsonArray().stream().map(JsonValue::asJsonObject).map(c -> c.getString("protocol")).toList();
    }

    private String webForm(String name, String subject, String description) {
        String json = Json.createObjectBuilder().add("name", name).add("subject", subject)
                .add("description", description).add("email", StaffCases.email()).build().toString();
        Api.Reply created = api.anonymous().postJson("api/intake/webform", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("protocol");
    }

    @Test
    void anAccentFreeWordFindsTheCaseWhoseSubjectHasTheAccent() {
        String marker = word();
        String protocol = StaffCases.open(api, "Cobrança indevida", "Fui cobrado duas vezes na fatura. " + marker);

        assertThat(found(api, "cobranca " + marker)).containsExactly(protocol);
        assertThat(found(api, "COBRANÇA " + marker.toUpperCase())).containsExactly(protocol);
        // Every word must match: a word the case lacks finds nothing.
        assertThat(found(api, "geladeira " + marker)).isEmpty();
    }

    @Test
    void aWordOnlyInALaterCustomerMessageFindsTheCase() throws Exception {
        String protocol = StaffCases.open(api, "Entrega atrasada", "Meu pedido não chegou. " + word());
        String later = word();
        assertThat(found(api, later)).isEmpty();

        deliver("Re: [#" + protocol + "] Entrega atrasada", "Ainda não chegou, o código de rastreio é " + later + ".");

        await().atMost(Duration.ofSeconds(30)).until(() -> found(api, later).equals(List.of(protocol)));
    }

    @Test
    void staffRepliesAndNotesAreFoundByStaff() {
        String protocol = StaffCases.financeiro(api);
        String replied = word();
        String noted = word();

        assertThat(api.postJson("api/cases/" + protocol + "/messages",
                "{\"kind\":\"REPLY\",\"text\":\"Estorno solicitado, referência " + replied + ".\"}").status()).isEqualTo(201);
        assertThat(api.postJson("api/cases/" + protocol + "/messages",
                "{\"kind\":\"NOTE\",\"text\":\"Conferir com o banco " + noted + "\"}").status()).isEqualTo(201);

        assertThat(found(api, replied)).containsExactly(protocol);
        assertThat(found(api.as("fabio"), noted)).containsExactly(protocol);
    }

    @Test
    void theCustomersNameFindsTheCaseAccentsIgnored() {
        String surname = word();
        String protocol = webForm("Iracema Conceição " + surname, "Cobrança indevida", "Fui cobrada duas vezes.");

        assertThat(found(api, "iracema conceicao " + surname)).containsExactly(protocol);
    }

    @Test
    void aCallerIdentifiedByNameDuringTheCallIsFoundByIt() {
        String callId = SignedCalls.newCallId();
        SignedCalls calls = new SignedCalls(api);
        Api.Reply started = calls.send(SignedCalls.newEventId(), SignedCalls.event("call.started", callId,
                "\"caller\":\"" + SignedCalls.randomCaller() + "\",\"ivrChoice\":\"cobranca\""));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String protocol = started.json().getString("protocol");
        String surname = word();

        Api.Reply updated = calls.send(SignedCalls.newEventId(), SignedCalls.event("call.updated", callId,
                "\"name\":\"Zuleica Araújo " + surname + "\""));

        assertThat(updated.status()).as(updated.body()).isBetween(200, 201);
        assertThat(found(api, "araujo " + surname)).containsExactly(protocol);
    }

    @Test
    void aProtocolHoweverTypedFindsItsCaseFirst() {
        String marker = word();
        String named = StaffCases.open(api, "Cobrança indevida", "Fui cobrado duas vezes. " + marker);
        // opened later, and naming the first case in its text: found too, but after it
        String mentioning = StaffCases.open(api, "Cobrança em dobro", "Mesmo problema do protocolo " + named + ".");
        String typed = named.substring(0, 4) + "." + named.substring(4, 8) + " " + named.substring(8, 13) + "-"
                + named.substring(13);

        assertThat(found(api, named)).containsExactly(named, mentioning);
        assertThat(found(api, typed)).containsExactly(named, mentioning);
    }

    @Test
    void theBetterMatchComesFirst() {
        String marker = word();
        String better = StaffCases.open(api, "Estorno " + marker, "Pedi o estorno " + marker + " e não veio.");
        // newer, so it would come first by date, but the word is only in its description
        String weaker = StaffCases.open(api, "Cobrança indevida", "Fui cobrado duas vezes, código " + marker + ".");

        assertThat(found(api, marker)).containsExactly(better, weaker);
    }

    @Test
    void staffOfAnotherDepartmentDoNotFindIt() {
        String marker = word();
        String financeiro = StaffCases.open(api, "Cobrança indevida", "Fui cobrado duas vezes. " + marker);

        assertThat(found(api.as("fabio"), marker)).containsExactly(financeiro);
        assertThat(found(api.as("lucas"), marker)).isEmpty();
    }

    @Test
    void theListsOtherFiltersStillApply() {
        String marker = word();
        String protocol = StaffCases.open(api, "Cobrança indevida", "Fui cobrado duas vezes. " + marker);

        assertThat(api.get("api/cases?status=NEW&q=" + marker).jsonArray()).hasSize(1);
        assertThat(api.get("api/cases?status=RESOLVED&q=" + marker).jsonArray()).isEmpty();
        assertThat(api.get("api/cases?priority=P1,P2,P3,P4&department=" + URLEncoder.encode(StaffCases.FINANCEIRO,
                StandardCharsets.UTF_8) + "&q=" + marker).jsonArray().getJsonObject(0).getString("protocol"))
                .isEqualTo(protocol);
    }

    @Test
    void aSearchTooLongIsA400NamingQ() {
        Api.Reply r = api.get("api/cases?q=" + "a".repeat(201));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonObject problem = r.json();
        assertThat(problem.getString("type")).endsWith("/invalid-input");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("q");
    }

    @Test
    void aNulOrAnotherControlCharacterIsNoError() {
        String marker = word();
        String protocol = StaffCases.open(api, "Cobrança indevida", "Fui cobrado duas vezes. " + marker);

        assertThat(found(api, "cobranca\u0000" + marker + "\u0007")).containsExactly(protocol);
        assertThat(api.get("api/cases?q=%00").status()).isEqualTo(200);
    }

    @Test
    void onlyPunctuationFindsNothing() {
        Api.Reply r = api.get("api/cases?q=" + URLEncoder.encode("?! -- ... ''", StandardCharsets.UTF_8));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.jsonArray()).isEmpty();
        assertThat(r.header("X-Total-Count")).isEqualTo("0");
    }

    private void deliver(String subject, String body) throws Exception {
        String eml = "From: Cliente <cliente-" + UUID.randomUUID() + "@cliente.test>\r\nTo: sac@triagem.test\r\nSubject: "
                + subject + "\r\nMessage-ID: <" + UUID.randomUUID() + "@cliente.test>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8)));
        mail.getManagers().getImapHostManager().getInbox(mail.getUserManager().getUserByEmail("sac@triagem.test"))
                .store(message);
    }
}

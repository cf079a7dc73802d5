package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.triagem.it.clock.SettableClockProducer;

/**
 * A history request registered by phone for a customer with no e-mail address stays open on its 5-day clock
 * and is escalated like a case's clock: at 80 % the DPO is warned, at the deadline it is escalated as late,
 * each once, with a notice in the outbox. Delivered after that, it counts as late in the report.
 *
 * <p><b>The clock</b> is the settable one of {@code org.triagem.it.clock}, set in the past (ten days before
 * now) and moved forward from there: other tests' open cases are due in the future, so nothing of theirs
 * falls due while this test moves time, and the request is the only thing that does.
 */
@ExtendWith(ArquillianExtension.class)
class SubjectRequestEscalationIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup[] {
        new ServerSetup(Integer.getInteger("it.imap.port", 39143), "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
        new ServerSetup(Integer.getInteger("it.smtp.port", 39025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP)})
            .withPerMethodLifecycle(false);

    @ArquillianResource
    URL base;

    Api api;

    /** The packaged WAR as it ships, plus the settable clock and its resource: test classes only. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return TriagemDeployment.packagedWar().addPackage(SettableClockProducer.class.getPackage());
    }

    @BeforeEach
    void ready() {
        api = TriagemDeployment.readyApi(base);
        if (mail.getUserManager().getUserByEmail("sac@triagem.test") == null) {
            mail.setUser("sac@triagem.test", "sac", "it-only-secret");
        }
    }

    private void standAt(OffsetDateTime time) {
        Api.Reply set = api.putText("api/test/clock", time.toString());
        assertThat(set.status()).as(set.body()).isEqualTo(200);
    }

    private JsonObject request(long id) {
        return api.as("dora").get("api/subject-requests?limit=500").jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    private long noticesAbout(long id) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> subjectOf(m)
                .startsWith("[Triagem] Pedido do titular " + id + " ")).count();
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tally of the requests received on the day the test's request was (few others ever are). */
    private JsonObject historyTally(OffsetDateTime day) {
        String d = day.atZoneSameInstant(java.time.ZoneId.of("America/Sao_Paulo")).toLocalDate().toString();
        return api.as("dora").get("api/reports/subject-requests?from=" + d + "&to=" + d).jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("kind").equals("HISTORY"))
                .findFirst().orElseThrow();
    }

    @Test
    void aPhoneHistoryRequestLeftOpenIsEscalatedAt80PercentAndAtItsDeadlineOnceEach() {
        String json = Json.createObjectBuilder().add("name", "Cliente por telefone")
                .add("phone", SignedCalls.randomCaller()).add("subject", "Cobrança indevida")
                .add("description", "Cobrança em dobro na fatura do cartão.").build().toString();
        Api.Reply created = api.anonymous().postJson("api/intake/webform", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String protocol = created.json().getString("protocol");
        OffsetDateTime asked = OffsetDateTime.now().minusDays(10).withNano(0);
        JsonObject lateBefore = historyTally(asked);
        standAt(asked);

        Api.Reply registered = api.as("fabio").postJson("api/subject-requests",
                "{\"protocol\":\"" + protocol + "\",\"kind\":\"HISTORY\",\"channel\":\"PHONE\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long id = registered.json().getJsonNumber("id").longValue();
        assertThat(OffsetDateTime.parse(registered.json().getString("dueAt")).toInstant()).isEqualTo(asked.plusDays(5).toInstant());

        // Four days later, 80 % of the clock: a warning to the DPO, not yet late.
        standAt(asked.plusDays(4).plusMinutes(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> request(id).getInt("escalationLevel") == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> noticesAbout(id) == 1);
        assertThat(request(id).getBoolean("overdue")).isFalse();

        // Past the deadline: escalated as late, once.
        standAt(asked.plusDays(5).plusMinutes(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> request(id).getInt("escalationLevel") == 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> noticesAbout(id) == 2);
        JsonObject late = request(id);
        assertThat(late.getBoolean("overdue")).isTrue();
        assertThat(late.getJsonArray("events").getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("type").equals("ESCALATED")).hasSize(2)
                .last().satisfies(e -> assertThat(e.getString("detail")).contains("100%", "deadline passed"));
        assertThat(Arrays.stream(mail.getReceivedMessages()).filter(m -> subjectOf(m)
                .startsWith("[Triagem] Pedido do titular " + id + " ")).map(SubjectRequestEscalationIT::subjectOf))
                .anySatisfy(s -> assertThat(s).contains("fora do prazo"));

        // Delivered a day late: it counts as late in the report.
        standAt(asked.plusDays(6));
        Api.Reply done = api.as("fabio").postJson("api/subject-requests/" + id + "/fulfilment",
                "{\"delivery\":\"BY_STAFF\"}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().getJsonArray("events").getValuesAs(JsonObject.class)).last()
                .satisfies(e -> assertThat(e.getString("detail")).contains("late"));
        assertThat(historyTally(asked).getInt("late") - lateBefore.getInt("late")).isEqualTo(1);
    }
}

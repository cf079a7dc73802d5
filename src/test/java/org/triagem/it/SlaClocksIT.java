package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SLA clocks and escalation in the deployed application. Time is moved in the database: the tests make
 * checkpoints due in the past (as after hours of waiting, or downtime) and watch the sweeper, which polls
 * every second in the IT server, fire them.
 */
class SlaClocksIT extends DeployedTriagem {

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

    private String openChargeComplaint(String email) {
        Api.Reply created = api.postJson("api/intake/webform", """
                {"name": "Maria Souza", "email": "%s", "cpf": "%s",
                 "subject": "Cobrança indevida", "description": "Fui cobrada duas vezes pela mesma compra."}
                """.formatted(email, TestCpfs.random()));
        assertThat(created.status()).isEqualTo(201);
        return created.json().getString("protocol");
    }

    private static String uniqueEmail() {
        return "cliente-" + UUID.randomUUID() + "@example.com";
    }

    private JsonObject caseView(String protocol) {
        return api.get("api/cases/" + protocol).json();
    }

    private static JsonObject clock(JsonObject view, String name) {
        return view.getJsonArray("clocks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("clock").equals(name)).findFirst().orElseThrow();
    }

    private static List<JsonObject> events(JsonObject view, String type) {
        return view.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("type").equals(type)).toList();
    }

    @Test
    void aNewCaseShowsThreeRunningClocksWithDueTimesAndTimeLeft() {
        JsonObject view = caseView(openChargeComplaint(uniqueEmail()));

        assertThat(view.getJsonArray("clocks")).hasSize(3);
        JsonObject legal = clock(view, "LEGAL");
        assertThat(legal.getString("state")).isEqualTo("RUNNING");
        assertThat(OffsetDateTime.parse(legal.getString("dueAt")))
                .isEqualTo(OffsetDateTime.parse(view.getJsonObject("sla").getString("legalDeadline")));
        assertThat(legal.getJsonNumber("remainingMinutes").longValue()).isBetween(7L * 24 * 60 - 5, 7L * 24 * 60);
        JsonObject firstResponse = clock(view, "FIRST_RESPONSE");
        assertThat(firstResponse.getJsonNumber("targetMinutes").longValue()).isEqualTo(240);
        assertThat(firstResponse.getJsonNumber("remainingMinutes").longValue()).isBetween(0L, 240L);
        assertThat(view.getInt("escalationLevel")).isZero();
    }

    @Test
    void checkpointsAt50And80And100PercentFireOnceInDueOrderAndTheRaisedPriorityRetargetsTheClocks()
            throws Exception {
        String protocol = openChargeComplaint(uniqueEmail());
        ItDatabase.makeDue(protocol, "FIRST_RESPONSE", 1, 300);
        ItDatabase.makeDue(protocol, "FIRST_RESPONSE", 2, 200);
        ItDatabase.makeDue(protocol, "FIRST_RESPONSE", 3, 100);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> ItDatabase.checkpoints(protocol).contains("FIRST_RESPONSE 3 fired"));

        assertThat(ItDatabase.checkpoints(protocol).subList(0, 3))
                .containsExactly("FIRST_RESPONSE 1 fired", "FIRST_RESPONSE 2 fired", "FIRST_RESPONSE 3 fired");
        JsonObject view = caseView(protocol);
        // The rules do nothing for a P3 at 50 % and 80 %; at 100 % they notify and raise it to P2.
        assertThat(events(view, "ESCALATED")).singleElement().satisfies(e -> assertThat(e.getString("detail"))
                .contains("FIRST_RESPONSE at 100%", "breached", "supervisor notified", "P3 -> P2"));
        assertThat(view.getString("priority")).isEqualTo("P2");
        assertThat(view.getInt("escalationLevel")).isEqualTo(1);
        assertThat(clock(view, "FIRST_RESPONSE").getString("state")).isEqualTo("BREACHED");
        // P2's targets (sla rules): 120 and 960 business minutes, recorded in the history.
        assertThat(view.getJsonObject("sla").getInt("firstResponseMinutes")).isEqualTo(120);
        assertThat(clock(view, "RESOLUTION").getJsonNumber("targetMinutes").longValue()).isEqualTo(960);
        assertThat(events(view, "SLA_RETARGETED")).singleElement()
                .satisfies(e -> assertThat(e.getString("detail")).contains("240/1440 min, 7 d -> 120/960 min, 7 d"));
        // While the clock stays overdue, the next checkpoint waits a repeat interval later.
        assertThat(ItDatabase.checkpoints(protocol)).contains("FIRST_RESPONSE 4 open");

        // A later checkpoint fires: the sweeper has run again since, and the first one did not fire twice.
        ItDatabase.makeDue(protocol, "RESOLUTION", 1, 10);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ItDatabase.checkpoints(protocol).contains("RESOLUTION 1 fired"));
        assertThat(events(caseView(protocol), "ESCALATED")).hasSize(1);
    }

    @Test
    void checkpointsThatFellDueDuringADowntimeFireOnceInDueOrderAcrossCases() throws Exception {
        String first = openChargeComplaint(uniqueEmail());
        String second = openChargeComplaint(uniqueEmail());
        // As if no node ran for hours: both cases' checkpoints are long overdue, interleaved in due order.
        ItDatabase.makeDue(first, "LEGAL", 1, 4 * 3600);
        ItDatabase.makeDue(second, "LEGAL", 1, 3 * 3600);
        ItDatabase.makeDue(first, "LEGAL", 2, 2 * 3600);
        ItDatabase.makeDue(second, "LEGAL", 2, 3600);

        await().atMost(Duration.ofSeconds(30)).until(() -> ItDatabase.checkpoints(second).contains("LEGAL 2 fired"));

        assertThat(ItDatabase.checkpoints(first)).containsSubsequence("LEGAL 1 fired", "LEGAL 2 fired");
        // At 80 % of the legal deadline the rules move the case to Ouvidoria as P1, once.
        for (String protocol : List.of(first, second)) {
            JsonObject view = caseView(protocol);
            assertThat(view.getString("department")).isEqualTo("Ouvidoria");
            assertThat(view.getString("priority")).isEqualTo("P1");
            assertThat(events(view, "ESCALATED")).singleElement()
                    .satisfies(e -> assertThat(e.getString("detail")).contains("LEGAL at 80%", "to Ouvidoria"));
        }
    }

    @Test
    void pausedClocksResumeWhenTheCustomerAnswersByEmail() throws Exception {
        String email = uniqueEmail();
        String protocol = openChargeComplaint(email);
        // The staff's "pending customer" action (issue 7) stands here as what it leaves in the database: the
        // case waits on the customer since an hour ago, its pausing clocks stopped and their checkpoints off.
        ItDatabase.update("UPDATE complaint_case SET status = 'PENDING_CUSTOMER' WHERE protocol = ?", protocol);
        ItDatabase.update("UPDATE sla_clock SET phase = 'PAUSED', paused_at = running_since, pause_count = 1"
                + " WHERE clock IN ('FIRST_RESPONSE', 'RESOLUTION')"
                + " AND case_id = (SELECT id FROM complaint_case WHERE protocol = ?)", protocol);
        ItDatabase.update("DELETE FROM sla_checkpoint WHERE clock IN ('FIRST_RESPONSE', 'RESOLUTION')"
                + " AND case_id = (SELECT id FROM complaint_case WHERE protocol = ?)", protocol);
        JsonObject paused = caseView(protocol);
        assertThat(clock(paused, "FIRST_RESPONSE").getString("state")).isEqualTo("PAUSED");
        assertThat(clock(paused, "FIRST_RESPONSE").getJsonNumber("remainingMinutes").longValue()).isEqualTo(240);
        assertThat(clock(paused, "LEGAL").getString("state")).isEqualTo("RUNNING");

        deliver("From: " + email + "\r\nTo: sac@triagem.test\r\nSubject: Re: Cobrança indevida [#" + protocol
                + "]\r\nMessage-ID: <" + UUID.randomUUID() + "@cliente.test>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + "Segue o comprovante.\r\n");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> caseView(protocol).getString("status").equals("IN_PROGRESS"));
        JsonObject resumed = caseView(protocol);
        JsonObject firstResponse = clock(resumed, "FIRST_RESPONSE");
        assertThat(firstResponse.getString("state")).isIn("RUNNING", "BREACHED");
        assertThat(firstResponse.getInt("pauses")).isEqualTo(1);
        assertThat(events(resumed, "SLA_RESUMED")).singleElement()
                .satisfies(e -> assertThat(e.getString("detail")).contains("FIRST_RESPONSE due", "RESOLUTION due"));
        // Their checkpoints are back, due from the moment the customer answered.
        assertThat(ItDatabase.checkpoints(protocol).stream().filter(r -> r.startsWith("RESOLUTION")))
                .containsExactlyInAnyOrder("RESOLUTION 1 open", "RESOLUTION 2 open", "RESOLUTION 3 open");
    }

    @Test
    void adminsReadAndEditADepartmentsCalendar() {
        String department = "Filial-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject inherited = api.get("api/calendars/" + department).json();
        assertThat(inherited.getBoolean("inherited")).isTrue();
        assertThat(inherited.getString("zone")).isEqualTo("America/Sao_Paulo");
        assertThat(inherited.getJsonObject("week").getString("MON")).isEqualTo("08:00-18:00");
        assertThat(inherited.getJsonArray("nationalHolidays").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("name")).collect(Collectors.toSet())).contains("Corpus Christi", "Sexta-feira Santa");

        Api.Reply defined = api.putJson("api/calendars/" + department, """
                {"zone": "America/Manaus", "week": {"MON": "07:00-16:00", "SAT": "08:00-12:00"}}
                """);
        assertThat(defined.status()).isEqualTo(200);
        Api.Reply added = api.postJson("api/calendars/" + department + "/holidays", """
                {"date": "2027-10-24", "name": "Aniversário de Manaus"}
                """);
        assertThat(added.status()).isEqualTo(201);

        JsonObject own = api.get("api/calendars/" + department).json();
        assertThat(own.getBoolean("inherited")).isFalse();
        assertThat(own.getString("zone")).isEqualTo("America/Manaus");
        assertThat(own.getJsonObject("week").keySet()).containsExactly("MON", "SAT");
        assertThat(own.getJsonArray("daysOff").getValuesAs(JsonObject.class))
                .singleElement().satisfies(d -> assertThat(d.getString("name")).isEqualTo("Aniversário de Manaus"));

        Api.Reply bad = api.putJson("api/calendars/" + department, """
                {"week": {"MON": "18:00-08:00"}}
                """);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().getValue("/detail")).isNotEqualTo(JsonValue.NULL);
    }
}

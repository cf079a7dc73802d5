package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triagem.infrastructure.webhook.WebhookSignatures;

/**
 * The data set of {@link KpiExactIT}, seeded through the real API while the server's clock (the test-only
 * {@code org.triagem.it.clock}) is set before each step, so every time is a known number of minutes.
 * The story, in São Paulo time (UTC-3 all year since 2019), on Financeiro's and Logística's calendar
 * (the default: Monday to Friday 08:00-18:00, no holiday in these two weeks):
 *
 * <pre>
 * previous week, Mon 2025-07-28 .. Sun 08-03
 *   P1 web form, Financeiro   Tue 07-29 10:00 opened; 11:00 resolved (cobranca-duplicada), no reply
 *   P2 web form, Logística    Wed 07-30 10:00 opened; 13:00 resolved (atraso-transportadora), no reply
 * this week, Mon 2025-08-04 .. Sun 08-10
 *   A  web form, Financeiro   Mon 09:00 opened (customer a); 09:10 internal note; 09:30 reply;
 *                             10:00 resolved (cobranca-duplicada); 11:00 survey: CSAT 5, NPS 10, CES 6
 *   B  email, Financeiro      Mon 17:00 opened (customer b); 17:05 assigned to fabio; Tue 09:00 reply;
 *                             10:00 reply; 11:00 resolved (estorno-atrasado), survey B1 never answered;
 *                             15:00 the customer writes back by email: reopened;
 *                             Wed 10:00 resolved again (estorno-atrasado); 12:00 survey B2: CSAT 3, CES 4
 *   C  web form, Financeiro   Wed 08:00 opened (customer c); unanswered until the sweeper, at 12:00, fires
 *                             its first-response checkpoints: 100 % breaches it, escalates (level 1) and
 *                             raises P3 to P2; 12:30 reply (late); 14:00 resolved (cobranca-duplicada);
 *                             15:00 survey: CSAT 4, NPS 6 (a detractor: supervisor told, internal note), CES 3
 *   D  web form, Financeiro   Wed 09:00 opened (customer d); 09:30 merged into C
 *   E  phone, Financeiro      Thu 10:00 call started (IVR: cobrança); 10:05 ended, resolved on the call
 *   F  web form, Logística    Thu 14:00 opened (customer f); 14:15 reply; still open at the end
 *   G  web form, Financeiro   Fri 10:00 opened (customer a again); 10:30 work started; 11:00 waiting on
 *                             the customer; 14:00 the customer answers by email; 16:00 resolved
 *                             (cobranca-duplicada), survey never answered
 * </pre>
 *
 * No step crosses a checkpoint that acts (a first response at 100 %, a resolution at 80 % or 100 %, the
 * legal deadline at 80 %) except C's, on purpose: the clock stands still between steps, so the sweeper's
 * poll delay moves no time.
 */
final class KpiDataSet {

    static final ZoneOffset SAO_PAULO = ZoneOffset.ofHours(-3);
    static final LocalDate PREVIOUS_MONDAY = LocalDate.of(2025, 7, 28);
    static final LocalDate MONDAY = LocalDate.of(2025, 8, 4);
    static final LocalDate SUNDAY = LocalDate.of(2025, 8, 10);
    /** The IT server's survey secret is not needed: the links are read from the survey mails. */
    private static final Pattern SURVEY_TOKEN = Pattern.compile("pesquisa\\.html\\?t=([A-Za-z0-9_.-]+)&csat=");
    /** Everything this data set leaves behind is due before this; nothing else in the database is. */
    static final OffsetDateTime SEEDED_BEFORE = OffsetDateTime.of(2025, 10, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final Api api;
    private final GreenMailExtension mail;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    String p1;
    String p2;
    String a;
    String b;
    String c;
    String d;
    String e;
    String f;
    String g;

    private KpiDataSet(Api api, GreenMailExtension mail) {
        this.api = api;
        this.mail = mail;
    }

    static KpiDataSet seed(Api api, GreenMailExtension mail) throws Exception {
        forgetEarlierRuns();
        KpiDataSet set = new KpiDataSet(api, mail);
        set.previousWeek();
        set.monday();
        set.tuesday();
        set.wednesday();
        set.thursday();
        set.friday();
        return set;
    }

    private void previousWeek() {
        at("2025-07-29T10:00");
        p1 = webForm(FINANCEIRO_SUBJECT, FINANCEIRO_TEXT, customer("p1"));
        at("2025-07-29T11:00");
        resolve(p1, "cobranca-duplicada");
        at("2025-07-30T10:00");
        p2 = webForm("Entrega atrasada", "Meu pedido não chegou até hoje, a entrega está atrasada.", customer("p2"));
        at("2025-07-30T13:00");
        resolve(p2, "atraso-transportadora");
    }

    private void monday() throws Exception {
        at("2025-08-04T09:00");
        a = webForm(FINANCEIRO_SUBJECT, FINANCEIRO_TEXT, customer("a"));
        at("2025-08-04T09:10");
        message(a, "NOTE", "fabio", "Conferir a fatura de julho.");
        at("2025-08-04T09:30");
        message(a, "REPLY", "fabio", "Identificamos a cobrança em dobro e vamos estornar.");
        at("2025-08-04T10:00");
        resolve(a, "cobranca-duplicada");
        at("2025-08-04T11:00");
        answerSurvey(a, "{\"csat\": 5, \"nps\": 10, \"ces\": 6}");

        at("2025-08-04T17:00");
        b = mailedComplaint(customer("b"), "Cobrança indevida", "Fui cobrada duas vezes pela mesma compra.");
        at("2025-08-04T17:05");
        presentInFinanceiro("fabio");
        act(b, "assign", "sofia", "{\"agent\": \"fabio\"}");
    }

    private void tuesday() throws Exception {
        at("2025-08-05T09:00");
        message(b, "REPLY", "fabio", "Estamos verificando a sua fatura.");
        at("2025-08-05T10:00");
        message(b, "REPLY", "fabio", "O estorno foi pedido à operadora do cartão.");
        at("2025-08-05T11:00");
        resolve(b, "estorno-atrasado");
        at("2025-08-05T15:00");
        customerWritesBack(b, customer("b"), "O estorno ainda não apareceu na fatura.");
        awaitStatus(b, "REOPENED");
    }

    private void wednesday() throws Exception {
        at("2025-08-06T08:00");
        c = webForm(FINANCEIRO_SUBJECT, FINANCEIRO_TEXT, customer("c"));
        at("2025-08-06T09:00");
        d = webForm(FINANCEIRO_SUBJECT, "Cobraram duas vezes a mesma compra, igual ao caso da minha esposa.",
                customer("d"));
        at("2025-08-06T09:30");
        act(d, "merge", "fabio", "{\"into\": \"" + c + "\"}");
        at("2025-08-06T10:00");
        resolve(b, "estorno-atrasado");
        at("2025-08-06T12:00");
        awaitFirstResponseEscalation(c);
        answerSurvey(b, "{\"csat\": 3, \"ces\": 4}");
        at("2025-08-06T12:30");
        message(c, "REPLY", "fabio", "Desculpe a demora: o valor será estornado.");
        at("2025-08-06T14:00");
        resolve(c, "cobranca-duplicada");
        at("2025-08-06T15:00");
        answerSurvey(c, "{\"csat\": 4, \"nps\": 6, \"ces\": 3}");
    }

    private void thursday() {
        at("2025-08-07T10:00");
        String callId = SignedCalls.newCallId();
        e = phone("call.started", callId, """
                "caller":"%s","dialled":"0800 123 4567","ivrPath":["principal","2 - cobrança"],"ivrChoice":"cobranca"
                """.formatted(SignedCalls.randomCaller()), 201).getString("protocol");
        at("2025-08-07T10:05");
        phone("call.ended", callId, """
                "durationSeconds":300,"attendant":"ag-17","disposition":"resolved_first_contact"
                """, 200);
        assertThat(view(e).getString("status")).isEqualTo("RESOLVED");

        at("2025-08-07T14:00");
        f = webForm("Entrega atrasada", "Meu pedido não chegou até hoje, a entrega está atrasada.", customer("f"));
        at("2025-08-07T14:15");
        message(f, "REPLY", "lucas", "Seu pedido saiu para entrega hoje.");
    }

    private void friday() throws Exception {
        at("2025-08-08T10:00");
        g = webForm(FINANCEIRO_SUBJECT, "Outra cobrança em dobro, agora na fatura de agosto.", customer("a"));
        at("2025-08-08T10:30");
        act(g, "start", "fabio", "{}");
        at("2025-08-08T11:00");
        act(g, "pending-customer", "fabio", "{}");
        at("2025-08-08T14:00");
        customerWritesBack(g, customer("a"), "Segue o número do cartão final 1234.");
        awaitStatus(g, "IN_PROGRESS");
        at("2025-08-08T16:00");
        resolve(g, "cobranca-duplicada");
    }

    // --- the steps, through the API ---

    private static final String FINANCEIRO_SUBJECT = "Cobrança indevida";
    private static final String FINANCEIRO_TEXT = "Fui cobrado duas vezes pela mesma compra no cartão.";

    /** The customer's address in this run: fresh per run, so no earlier run makes anyone a repeat customer. */
    String customer(String who) {
        return "kpi-" + who + "-" + run + "@cliente.test";
    }

    /** Sets the server's clock to a São Paulo local time, e.g. {@code 2025-08-04T09:00}. */
    private void at(String localTime) {
        String time = java.time.LocalDateTime.parse(localTime).atOffset(SAO_PAULO).toString();
        Api.Reply set = api.putText("api/test/clock", time);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(OffsetDateTime.parse(set.body().strip())).isEqualTo(OffsetDateTime.parse(time));
    }

    private String webForm(String subject, String description, String email) {
        String json = Json.createObjectBuilder().add("name", "Cliente KPI").add("subject", subject)
                .add("description", description).add("email", email).build().toString();
        Api.Reply created = api.anonymous().postJson("api/intake/webform", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("protocol");
    }

    private String mailedComplaint(String from, String subject, String body) throws Exception {
        String marker = "kpi-" + UUID.randomUUID();
        deliver(from, subject, body + " Ref. " + marker);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("api/cases?q=" + marker).jsonArray().size() == 1);
        return api.get("api/cases?q=" + marker).jsonArray().getJsonObject(0).getString("protocol");
    }

    /** The customer answers by email, naming the case in the subject as our mails do. */
    private void customerWritesBack(String protocol, String from, String body) throws Exception {
        int before = messagesFromCustomer(protocol);
        deliver(from, "Re: Resposta ao seu atendimento [#" + protocol + "]", body);
        await().atMost(Duration.ofSeconds(30)).until(() -> messagesFromCustomer(protocol) == before + 1);
    }

    private int messagesFromCustomer(String protocol) {
        return (int) view(protocol).getJsonArray("history").stream()
                .filter(h -> h.asJsonObject().getString("type").equals("CUSTOMER_MESSAGE")).count();
    }

    private void deliver(String from, String subject, String body) throws Exception {
        String eml = "From: Cliente KPI <" + from + ">\r\nTo: sac@triagem.test\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + UUID.randomUUID() + "@cliente.test>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8)));
        mail.getManagers().getImapHostManager().getInbox(mail.getUserManager().getUserByEmail("sac@triagem.test"))
                .store(message);
    }

    private JsonObject phone(String type, String callId, String data, int status) {
        long now = OffsetDateTime.parse(api.get("api/test/clock").body().strip()).toEpochSecond();
        String eventId = SignedCalls.newEventId();
        byte[] body = """
                {"type":"%s","timestamp":"%s","data":{"callId":"%s",%s}}"""
                .formatted(type, java.time.Instant.ofEpochSecond(now), callId, data.strip())
                .getBytes(StandardCharsets.UTF_8);
        String signature = WebhookSignatures.withSecrets(SignedCalls.CURRENT_SECRET).sign(eventId, now, body);
        Api.Reply r = new SignedCalls(api).post(SignedCalls.headers(eventId, now, signature), body);
        assertThat(r.status()).as(type + ": " + r.body()).isEqualTo(status);
        return r.json();
    }

    /** A supervisor assigns only to a present agent: one who signed in and is not marked away. */
    private void presentInFinanceiro(String agent) {
        assertThat(api.as(agent).get("api/session").json().getBoolean("authenticated")).isTrue();
        boolean away = api.as("sofia").get("api/staff?department=Financeiro").jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(m -> m.getString("username").equals(agent)).findFirst().orElseThrow()
                .getBoolean("absent");
        if (away) {
            assertThat(api.as("sofia").putJson("api/staff/" + agent, "{\"absent\": false}").status()).isEqualTo(200);
        }
    }

    private void message(String protocol, String kind, String author, String text) {
        Api.Reply r = api.as(author).postJson("api/cases/" + protocol + "/messages",
                Json.createObjectBuilder().add("kind", kind).add("text", text).build().toString());
        assertThat(r.status()).as(kind + ": " + r.body()).isEqualTo(201);
    }

    /** Resolved by Financeiro's agent fabio, or Logística's lucas: the department's own people. */
    private void resolve(String protocol, String rootCause) {
        String agent = protocol.equals(p2) || protocol.equals(f) ? "lucas" : "fabio";
        act(protocol, "resolve", agent, "{\"resolutionCode\": \"ESTORNO\", \"rootCause\": \"" + rootCause + "\"}");
    }

    private void act(String protocol, String action, String as, String json) {
        Api actor = api.as(as);
        Api.Reply r = actor.act(protocol, action, StaffCases.etag(actor, protocol), json);
        assertThat(r.status()).as(action + " " + protocol + ": " + r.body()).isEqualTo(200);
    }

    private JsonObject view(String protocol) {
        Api.Reply r = api.get("api/cases/" + protocol);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private void awaitStatus(String protocol, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> view(protocol).getString("status").equals(status));
    }

    /** The sweeper fires C's three first-response checkpoints at the clock's 12:00; the last one escalates. */
    private void awaitFirstResponseEscalation(String protocol) throws SQLException {
        await().atMost(Duration.ofSeconds(30)).until(() -> ItDatabase.checkpoints(protocol).stream()
                .filter(cp -> cp.startsWith("FIRST_RESPONSE")).toList()
                .containsAll(List.of("FIRST_RESPONSE 1 fired", "FIRST_RESPONSE 2 fired", "FIRST_RESPONSE 3 fired")));
        JsonObject escalated = view(protocol);
        assertThat(escalated.getInt("escalationLevel")).isEqualTo(1);
        assertThat(escalated.getString("priority")).isEqualTo("P2");
    }

    /** Answers the case's latest survey through the public endpoint, with the token its mail carries. */
    private void answerSurvey(String protocol, String answers) throws SQLException {
        Api.Reply r = api.anonymous().postJson("api/public/surveys/" + latestSurveyToken(protocol), answers);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static String latestSurveyToken(String protocol) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT body FROM outgoing_mail WHERE kind = 'SURVEY' AND protocol = ? ORDER BY id DESC")) {
            s.setString(1, protocol);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("a survey mail for " + protocol).isTrue();
                Matcher link = SURVEY_TOKEN.matcher(rs.getString(1));
                assertThat(link.find()).as("a survey link in the mail").isTrue();
                return link.group(1);
            }
        }
    }

    // --- isolation from earlier runs of this test in the same database ---

    /**
     * An earlier run of this test (the database outlives a run: H2 under target/, or a PostgreSQL kept
     * between runs) left its counts in these two weeks and perhaps, if it failed half-way, open
     * checkpoints in 2025. Its daily rows (every {@code kpi_*} table keyed by {@code report_day}, which
     * also covers rows that later figures add) and its surveys are removed; its open checkpoints are
     * retired so the sweeper never acts on them. Nothing but this test writes in 2025.
     */
    static void forgetEarlierRuns() throws SQLException {
        retireOpenCheckpoints();
        try (Connection c = ItDatabase.connect()) {
            for (String table : dailyTables(c)) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table
                        + " WHERE report_day BETWEEN ? AND ?")) {
                    s.setObject(1, PREVIOUS_MONDAY);
                    s.setObject(2, SUNDAY);
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM survey WHERE created_at < ?")) {
                s.setObject(1, SEEDED_BEFORE);
                s.executeUpdate();
            }
        }
    }

    /**
     * Closes, without action, every checkpoint still open that falls due before {@link #SEEDED_BEFORE}: F's,
     * and a failed run's. The ITs after this one run on the system clock, whose sweeper would otherwise
     * find them months overdue and escalate them into today's figures, under those tests' feet.
     */
    static void retireOpenCheckpoints() throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement("UPDATE sla_checkpoint"
                + " SET fired_at = due_at, outcome = 'retired by KpiExactIT' WHERE fired_at IS NULL AND due_at < ?")) {
            s.setObject(1, SEEDED_BEFORE);
            s.executeUpdate();
        }
    }

    private static List<String> dailyTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet t = meta.getTables(null, null, "kpi%", new String[] {"TABLE", "BASE TABLE"})) {
            while (t.next()) {
                String table = t.getString("TABLE_NAME");
                try (ResultSet col = meta.getColumns(null, t.getString("TABLE_SCHEM"), table, "report_day")) {
                    if (col.next()) {
                        tables.add(table);
                    }
                }
            }
        }
        assertThat(tables).as("the daily KPI tables").contains("kpi_daily", "kpi_daily_time", "kpi_daily_root_cause");
        return tables;
    }
}

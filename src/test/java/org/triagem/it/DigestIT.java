package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.triagem.it.StaffCases.etag;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The root-cause digest, end to end: cases seeded through the API, resolved with a root cause (one after
 * its first-response deadline), a detractor's survey answered with a hostile comment; the digest sent
 * on request reaches Financeiro's supervisors (src/test/liberty/bootstrap.properties) in GreenMail once,
 * with the root cause and its trend, the breach and the comment made inert; a second request for the same
 * period sends nothing. The schedule's own run of the week is recorded once as well.
 */
class DigestIT extends DeployedTriagem {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    /** bootstrap.properties: triagem.digest.recipients. */
    private static final String SUPERVISORS = "supervisao.financeiro@triagem.test";
    private static final String SOFIA = "sofia@triagem.test";
    private static final String HOSTILE = "<script>alert('digest')</script> Atendimento péssimo & demorado";
    private static final Pattern CSAT_LINK = Pattern.compile("pesquisa\\.html\\?t=([A-Za-z0-9_.-]+)&csat=1");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port", 39025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @Test
    void theDigestReachesTheSupervisorsOnceWithRootCausesBreachesAndDetractorsComments() throws Exception {
        String rootCause = "digest-it-" + UUID.randomUUID().toString().substring(0, 8);
        // Today and tomorrow, so a run across midnight in São Paulo still finds its cases in the period.
        LocalDate from = LocalDate.now(SAO_PAULO);
        LocalDate to = from.plusDays(1);
        forgetEarlierRun(from, to);

        String detractor = resolved(StaffCases.financeiro(api), rootCause);
        answerSurvey(detractor, "{\"csat\": 2, \"nps\": 3, \"comment\": " + Json.createValue(HOSTILE) + "}");
        String late = StaffCases.financeiro(api);
        missFirstResponseDeadline(late);
        resolved(late, rootCause);

        String period = "department=Financeiro&from=" + from + "&to=" + to;
        // The database may hold an earlier run's mails of the same period (no mvn clean): count from now on.
        OffsetDateTime since = OffsetDateTime.now().minusSeconds(1);
        Api.Reply sent = api.as("sofia").postJson("api/reports/digest/send?" + period, "{}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        assertThat(sent.json().getInt("recipients")).isEqualTo(2);

        String subject = "[Triagem] Causas-raiz e prazos de Financeiro: " + br(from) + " a " + br(to);
        MimeMessage digest = awaitDigestTo(SUPERVISORS, subject);
        awaitDigestTo(SOFIA, subject);
        assertThat(digest.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        MimeMultipart parts = (MimeMultipart) digest.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        String text = content(parts.getBodyPart(0), "text/plain");
        String html = content(parts.getBodyPart(1), "text/html");

        assertThat(text).contains("Resumo de causas-raiz: Financeiro")
                .contains("  - " + rootCause + ": 2 (antes: 0, novo)")
                .contains("Protocolo " + late + " · Primeira resposta · prazo ")
                .contains("Protocolo " + detractor + " · CSAT 2 · NPS 3 · ")
                .contains("      > " + HOSTILE + "\n")
                .contains("Abrir o painel: http://localhost:" + Integer.getInteger("it.http.port", base.getPort())
                        + "/painel.html?" + period);
        assertThat(html).contains("&lt;script&gt;alert(&#39;digest&#39;)&lt;/script&gt; Atendimento péssimo &amp; demorado")
                .doesNotContain("<script>")
                .contains("<li>" + rootCause + ": 2 (antes: 0, novo)");

        // The same period again, by anyone: refused, and nothing more is queued or delivered.
        Api.Reply again = api.as("admin").postJson("api/reports/digest/send?" + period, "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().getString("type")).endsWith("digest-already-sent");
        assertThat(queuedDigests(subject, since)).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> sentDigests(subject, since) == 2);
        assertThat(digestsTo(SUPERVISORS, subject)).hasSize(1);
        assertThat(digestsTo(SOFIA, subject)).hasSize(1);
    }

    @Test
    void theScheduleRecordsTheLatestWeeksDigestOnceAtStartUp() throws SQLException {
        // Weekly on Monday at 08:00 (the defaults): the latest run, and the seven days before it.
        ZonedDateTime now = ZonedDateTime.now(SAO_PAULO);
        LocalDate monday = now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (now.isBefore(monday.atTime(LocalTime.of(8, 0)).atZone(SAO_PAULO))) {
            monday = monday.minusWeeks(1);
        }
        LocalDate weekStart = monday.minusWeeks(1);
        LocalDate weekEnd = monday.minusDays(1);

        await().atMost(Duration.ofSeconds(30)).until(() -> runs(weekStart, weekEnd) >= 1);
        assertThat(runs(weekStart, weekEnd)).isEqualTo(1);
    }

    @Test
    void supervisorsReadTheirOwnDepartmentsDigestAndNoOneElses() {
        String rootCause = "digest-read-" + UUID.randomUUID().toString().substring(0, 8);
        String protocol = resolved(StaffCases.financeiro(api), rootCause);
        LocalDate today = LocalDate.now(SAO_PAULO);
        String period = "&from=" + today.minusDays(1) + "&to=" + today.plusDays(1);

        Api.Reply own = api.as("sofia").get("api/reports/digest?department=Financeiro" + period);
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        JsonObject digest = own.json();
        assertThat(digest.getJsonArray("departments").getString(0)).isEqualTo("Financeiro");
        assertThat(digest.getBoolean("quiet")).isFalse();
        JsonObject ranked = named(digest, "topRootCauses", rootCause);
        assertThat(ranked.getInt("count")).isEqualTo(1);
        assertThat(ranked.getInt("previous")).isZero();
        assertThat(digest.getString("text")).contains(rootCause + ": 1 (antes: 0, novo)");
        assertThat(digest.getJsonArray("breaches")).hasSize(3);
        assertThat(protocol).isNotBlank();

        Api.Reply text = api.as("sofia").get("api/reports/digest?department=Financeiro" + period, "text/plain");
        assertThat(text.status()).isEqualTo(200);
        assertThat(text.contentType()).startsWith("text/plain");
        assertThat(text.body()).startsWith("Resumo de causas-raiz: Financeiro\n");

        Api.Reply foreign = api.as("sofia").get("api/reports/digest?department=" + enc("Logística") + period);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(api.as("fabio").get("api/reports/digest?department=Financeiro").status()).isEqualTo(403);
        assertThat(api.as("sofia").postJson("api/reports/digest/send?department=" + enc("Logística"), "{}").status())
                .isEqualTo(403);
        assertThat(api.as("admin").get("api/reports/digest?department=" + enc("Logística") + period).status())
                .isEqualTo(200);

        Api.Reply halfPeriod = api.as("sofia").get("api/reports/digest?department=Financeiro&from=" + today);
        assertThat(halfPeriod.status()).isEqualTo(400);
        assertThat(halfPeriod.contentType()).startsWith("application/problem+json");
        assertThat(api.as("admin").postJson("api/reports/digest/send?department=Ouvidoria" + period, "{}").json()
                .getString("type")).endsWith("digest-without-recipients");
    }

    private String resolved(String protocol, String rootCause) {
        // A root cause of its own, so the digest shows it as new: added to the managed list first (an admin's).
        Api.Reply listed = api.as("admin").postJson("api/catalogues/root-causes",
                "{\"code\": \"" + rootCause + "\", \"label\": \"Causa de teste " + rootCause + "\"}");
        assertThat(listed.status()).as(listed.body()).isIn(201, 409);
        Api fabio = api.as("fabio");
        Api.Reply r = fabio.act(protocol, "resolve", etag(fabio, protocol),
                "{\"resolutionCode\": \"ESTORNO\", \"rootCause\": \"" + rootCause + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return protocol;
    }

    /** The checkpoints at 50, 80 and 100 % made due; the sweeper marks the clock breached (SlaClocksIT). */
    private static void missFirstResponseDeadline(String protocol) throws SQLException {
        ItDatabase.makeDue(protocol, "FIRST_RESPONSE", 1, 300);
        ItDatabase.makeDue(protocol, "FIRST_RESPONSE", 2, 200);
        ItDatabase.makeDue(protocol, "FIRST_RESPONSE", 3, 100);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ItDatabase.checkpoints(protocol).contains("FIRST_RESPONSE 3 fired"));
    }

    /** Answers the case's survey through its link, as the customer would from the mail. */
    private void answerSurvey(String protocol, String answers) throws SQLException {
        String token;
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT body FROM outgoing_mail WHERE kind = 'SURVEY' AND protocol = ?")) {
            s.setString(1, protocol);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("a survey mail for " + protocol).isTrue();
                Matcher link = CSAT_LINK.matcher(rs.getString(1));
                assertThat(link.find()).isTrue();
                token = link.group(1);
            }
        }
        Api.Reply answered = api.anonymous().postJson("api/public/surveys/" + token, answers);
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    }

    /** A run of this test on the same database (no mvn clean) sent this period's digest already. */
    private static void forgetEarlierRun(LocalDate from, LocalDate to) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "DELETE FROM digest_run WHERE department = 'Financeiro' AND period_start = ? AND period_end = ?")) {
            s.setObject(1, from);
            s.setObject(2, to);
            s.executeUpdate();
        }
    }

    private static long runs(LocalDate from, LocalDate to) throws SQLException {
        return count("SELECT COUNT(*) FROM digest_run WHERE department = 'Financeiro' AND period_start = ?"
                + " AND period_end = ? AND sent_by = 'schedule'", from, to);
    }

    private static long queuedDigests(String subject, OffsetDateTime since) throws SQLException {
        return count("SELECT COUNT(*) FROM outgoing_mail WHERE kind = 'DIGEST' AND subject = ? AND created_at >= ?",
                subject, since);
    }

    private static long sentDigests(String subject, OffsetDateTime since) throws SQLException {
        return count("SELECT COUNT(*) FROM outgoing_mail WHERE kind = 'DIGEST' AND subject = ? AND created_at >= ?"
                + " AND status = 'SENT'", subject, since);
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static MimeMessage awaitDigestTo(String address, String subject) throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> !digestsTo(address, subject).isEmpty());
        return digestsTo(address, subject).get(0);
    }

    private static List<MimeMessage> digestsTo(String address, String subject) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (subject.equals(m.getSubject()) && m.getAllRecipients() != null
                    && m.getAllRecipients()[0].toString().contains(address)) {
                found.add(m);
            }
        }
        return found;
    }

    private static String content(BodyPart part, String type) throws Exception {
        assertThat(part.getContentType()).startsWith(type);
        // SMTP carries CRLF line ends; the digest writes LF
        return ((String) part.getContent()).replace("\r\n", "\n");
    }

    private static JsonObject named(JsonObject digest, String list, String name) {
        for (JsonValue v : digest.getJsonArray(list)) {
            if (name.equals(v.asJsonObject().getString("name"))) {
                return v.asJsonObject();
            }
        }
        throw new AssertionError(name + " not in " + list + ": " + digest.getJsonArray(list));
    }

    private static String br(LocalDate day) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy").format(day);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

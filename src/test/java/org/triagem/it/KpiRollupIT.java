package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The report has two read paths (V35): the department-and-channel roll-ups when the filter names no
 * category, priority or agent, the detailed rows otherwise. Listing every priority selects the same
 * cases as no priority filter at all, but forces the detailed path: both reports must be equal in every
 * figure (periods, total, previous, the three top lists, the CSV), and both must agree with the view
 * kpi_daily_v. The data set below, seeded through the real API, moves every kind of figure: openings on
 * every channel, replies, one-touch and reopened resolutions, root causes, a tag, time in progress, a
 * survey answer. Other ITs share the database, so the comparison is of whole reports, not of counts;
 * the escalation sweeper may add to the rows between two reads, hence the retry.
 */
class KpiRollupIT extends DeployedTriagem {

    private static final ZoneId DESK = ZoneId.of("America/Sao_Paulo");
    private static final String EVERY_PRIORITY = "&priority=P1,P2,P3,P4";
    private static final String RESOLVE = "{\"resolutionCode\": \"ESTORNO\", \"rootCause\": \"cobranca-duplicada\"}";
    private static final Pattern CSAT_LINK = Pattern.compile("pesquisa\\.html\\?t=([A-Za-z0-9_.-]+)&csat=4");
    /** The counter columns of kpi_daily and kpi_rollup compared one by one (a sample of every kind). */
    private static final List<String> COUNTERS = List.of("opened", "resolved", "first_responses",
            "first_response_minutes", "first_resolutions", "one_touch", "reopened", "escalated", "first_response_met",
            "resolution_met", "legal_met", "legal_breached", "surveys_sent", "surveys_answered", "csat_answers",
            "csat_score_sum", "nps_answers", "repeat_contacts", "requester_waits", "requester_wait_minutes",
            "in_progress_minutes", "contacts");

    /** Yesterday to tomorrow in São Paulo: a run across midnight still falls inside. */
    private static String range() {
        LocalDate today = LocalDate.now(DESK);
        return "from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
    }

    @Test
    void theRollUpAndTheDetailedRowsGiveTheSameReportAndAgreeWithTheView() throws SQLException {
        seedEveryKindOfFigure();

        for (String scope : List.of(range(), range() + "&department=Financeiro", range() + "&groupBy=week",
                range() + "&channel=WEB_FORM,PHONE")) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonObject rolledUp = report(scope);
                assertThat(report(scope + EVERY_PRIORITY)).as(scope).isEqualTo(rolledUp);
                assertThat(csv(scope + EVERY_PRIORITY)).as(scope).isEqualTo(csv(scope));
            });
        }
        JsonObject total = report(range()).getJsonObject("total");
        assertThat(total.getJsonNumber("opened").longValue()).isEqualTo(sum("opened", "kpi_daily_v"));
        assertThat(total.getJsonNumber("resolved").longValue()).isEqualTo(sum("resolved", "kpi_daily_v"));
        assertThat(total.getJsonObject("surveys").getJsonNumber("answered").longValue())
                .isEqualTo(sum("surveys_answered", "kpi_daily_v"));
        assertThat(total.getJsonObject("firstResponseSla").getJsonNumber("met").longValue())
                .isEqualTo(sum("first_response_met", "kpi_daily_v"));
    }

    @Test
    void everyEventAddsToTheRollUpWhatItAddsToTheDetailedRows() throws SQLException {
        seedEveryKindOfFigure();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String counter : COUNTERS) {
                assertThat(sum(counter, "kpi_rollup")).as(counter).isEqualTo(sum(counter, "kpi_daily"))
                        .isEqualTo(sum(counter, "kpi_daily_v"));
            }
            assertThat(grouped("series, bucket", "cases", "kpi_rollup_time"))
                    .isEqualTo(grouped("series, bucket", "cases", "kpi_daily_time")).isNotEmpty();
            assertThat(grouped("category", "opened", "kpi_rollup_category"))
                    .isEqualTo(grouped("category", "opened", "kpi_daily")).isNotEmpty();
            assertThat(grouped("root_cause", "resolved", "kpi_rollup_root_cause"))
                    .isEqualTo(grouped("root_cause", "resolved", "kpi_daily_root_cause"))
                    .anyMatch(c -> c.startsWith("cobranca-duplicada "));
            assertThat(grouped("tag", "opened", "kpi_rollup_tag"))
                    .isEqualTo(grouped("tag", "opened", "kpi_daily_tag")).anyMatch(t -> t.startsWith("procon "));
        });
    }

    /** Openings on the web form and the phone, in two departments; replies, resolutions, a reopen, a survey. */
    private void seedEveryKindOfFigure() throws SQLException {
        String worked = StaffCases.financeiro(api); // claimed, in progress, answered once, resolved: fabio's
        act(worked, "claim", "{}");
        act(worked, "start", "{}");
        reply(worked);
        act(worked, "resolve", RESOLVE);
        String reopened = StaffCases.financeiro(api); // resolved in the queue, then reopened: taken back
        act(reopened, "resolve", RESOLVE);
        act(reopened, "reopen", "{}");
        String surveyed = StaffCases.financeiro(api);
        act(surveyed, "resolve", RESOLVE);
        assertThat(api.anonymous().postJson("api/public/surveys/" + tokenFromSurveyMail(surveyed), "{\"csat\": 4}")
                .status()).isEqualTo(200);
        StaffCases.logistica(api); // another department, left open
        StaffCases.open(api, "Vou ao Procon", "Se não resolverem a cobrança em dobro vou ao Procon."); // a tag
        phoneCallResolvedOnTheLine();
    }

    private JsonObject report(String query) {
        Api.Reply r = api.get("api/reports/kpis?" + query, "application/json");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private String csv(String query) {
        Api.Reply r = api.get("api/reports/kpis?" + query, "text/csv");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private void act(String protocol, String action, String json) {
        Api.Reply r = api.as("fabio").act(protocol, action, StaffCases.etag(api, protocol), json);
        assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
    }

    private void reply(String protocol) {
        Api.Reply r = api.as("fabio").postJson("api/cases/" + protocol + "/messages",
                Json.createObjectBuilder().add("kind", "REPLY").add("text", "Estamos verificando.").build().toString());
        assertThat(r.status() / 100).as(r.body()).isEqualTo(2);
    }

    private void phoneCallResolvedOnTheLine() {
        SignedCalls pbx = new SignedCalls(api);
        String callId = SignedCalls.newCallId();
        Api.Reply started = pbx.send(SignedCalls.newEventId(), SignedCalls.event("call.started", callId, """
                "caller":"%s","dialled":"0800 123 4567","ivrPath":["principal","2 - cobrança"],"ivrChoice":"cobranca"
                """.formatted(SignedCalls.randomCaller())));
        assertThat(started.status()).isEqualTo(201);
        Api.Reply ended = pbx.send(SignedCalls.newEventId(), SignedCalls.event("call.ended", callId, """
                "durationSeconds":120,"attendant":"ag-17","disposition":"resolved_first_contact"
                """));
        assertThat(ended.status()).isEqualTo(200);
    }

    /** The CSAT-4 link's token, read from the survey mail in the outbox, as the customer would click it. */
    private static String tokenFromSurveyMail(String protocol) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT body FROM outgoing_mail WHERE kind = 'SURVEY' AND protocol = ?")) {
            s.setString(1, protocol);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("a survey mail for " + protocol).isTrue();
                Matcher link = CSAT_LINK.matcher(rs.getString(1));
                assertThat(link.find()).as("a CSAT link in the mail").isTrue();
                return link.group(1);
            }
        }
    }

    /** The sum of a column over the report's days, every department. */
    private static long sum(String column, String table) throws SQLException {
        List<String> rows = query("SELECT COALESCE(SUM(" + column + "), 0) FROM " + table + " WHERE report_day BETWEEN ? AND ?");
        return Long.parseLong(rows.get(0));
    }

    /** "name count" per name (or series and bucket) over the report's days, every department, in order. */
    private static List<String> grouped(String names, String count, String table) throws SQLException {
        return query("SELECT " + names + ", SUM(" + count + ") FROM " + table + " WHERE report_day BETWEEN ? AND ?"
                + " GROUP BY " + names + " HAVING SUM(" + count + ") <> 0 ORDER BY " + names);
    }

    private static List<String> query(String sql) throws SQLException {
        LocalDate today = LocalDate.now(DESK);
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, today.minusDays(1));
            s.setObject(2, today.plusDays(1));
            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        cells.add(r.getString(i));
                    }
                    rows.add(String.join(" ", cells));
                }
            }
            return rows;
        }
    }
}

package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The KPI report against a data set seeded through the real API. Other tests share the database, so the
 * counts are asserted as exact differences from a baseline read before seeding, and every rate is checked
 * against the one computed by hand from the SQL view's sums: JSON, CSV and the view must agree.
 * Elapsed times here are seconds, so times are asserted as bounds (0 or 1 minute).
 */
class KpiReportIT extends DeployedTriagem {

    private static final ZoneId DESK = ZoneId.of("America/Sao_Paulo");
    /** Columns of kpi_daily_v read back for the comparison. */
    private static final List<String> SUMS = List.of("opened", "resolved", "first_responses", "first_resolutions",
            "one_touch", "reopened", "escalated", "first_response_met", "first_response_breached", "resolution_met",
            "resolution_breached", "legal_met", "legal_breached", "first_response_minutes");

    /** Yesterday to tomorrow in São Paulo: a run across midnight still falls inside. */
    private static String range() {
        LocalDate today = LocalDate.now(DESK);
        return "from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
    }

    private static Map<String, Long> view(String department) throws SQLException {
        LocalDate today = LocalDate.now(DESK);
        String sums = String.join(", ", SUMS.stream().map(c -> "COALESCE(SUM(" + c + "), 0) AS " + c).toList());
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement("SELECT " + sums
                + " FROM kpi_daily_v WHERE department = ? AND report_day BETWEEN ? AND ?")) {
            s.setString(1, department);
            s.setObject(2, today.minusDays(1));
            s.setObject(3, today.plusDays(1));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Map<String, Long> values = new HashMap<>();
                for (String column : SUMS) {
                    values.put(column, r.getLong(column));
                }
                return values;
            }
        }
    }

    private JsonObject report(Api as, String query) {
        Api.Reply r = as.get("api/reports/kpis?" + query, "application/json");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
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

    private void note(String protocol) {
        api.as("fabio").postJson("api/cases/" + protocol + "/messages",
                Json.createObjectBuilder().add("kind", "NOTE").add("text", "ver fatura").build().toString());
    }

    private String phoneCallResolvedOnTheLine() {
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
        return started.json().getString("protocol");
    }

    private static final String RESOLVE = "{\"resolutionCode\": \"ESTORNO\", \"rootCause\": \"cobranca-duplicada\"}";

    @Test
    void theReportCountsTheSeededCasesExactlyAndJsonCsvAndTheViewAgree() throws SQLException {
        String scope = range() + "&department=Financeiro";
        Map<String, Long> before = view(StaffCases.FINANCEIRO);
        long phoneBefore = channelOpened(report(api, scope).getJsonObject("total"), "PHONE");
        long causeBefore = rootCause("cobranca-duplicada");

        // A: one reply, then resolved: a one-touch first resolution
        String a = StaffCases.financeiro(api);
        note(a); // an internal note is no response
        reply(a);
        act(a, "resolve", RESOLVE);
        // B: two replies, then resolved: resolved, not one-touch
        String b = StaffCases.financeiro(api);
        reply(b);
        reply(b);
        act(b, "resolve", RESOLVE);
        // C: resolved without a reply, then reopened: its resolution and its one-touch are taken back
        String c = StaffCases.financeiro(api);
        act(c, "resolve", RESOLVE);
        act(c, "reopen", "{}");
        // D: left open, unanswered
        StaffCases.financeiro(api);
        // E: a phone call resolved on the line: one-touch, no reply
        phoneCallResolvedOnTheLine();

        Map<String, Long> after = view(StaffCases.FINANCEIRO);
        Map<String, Long> added = new HashMap<>();
        SUMS.forEach(k -> added.put(k, after.get(k) - before.get(k)));
        // By hand: opened A B C D E = 5; first responses A B = 2 (the note does not count);
        // first resolutions A B C E = 4; standing resolutions A B E = 3 (C reopened);
        // one-touch A E = 2 (B had two replies, C was taken back); reopened C = 1; escalated 0.
        // Clocks: A and B's first replies stop their first-response clocks; each resolution stops every
        // clock still running (A B C E), all in time: first response 4, resolution 4, legal 4 met.
        assertThat(added).containsEntry("opened", 5L).containsEntry("first_responses", 2L)
                .containsEntry("first_resolutions", 4L).containsEntry("resolved", 3L).containsEntry("one_touch", 2L)
                .containsEntry("reopened", 1L).containsEntry("escalated", 0L)
                .containsEntry("first_response_met", 4L).containsEntry("first_response_breached", 0L)
                .containsEntry("resolution_met", 4L).containsEntry("resolution_breached", 0L)
                .containsEntry("legal_met", 4L).containsEntry("legal_breached", 0L);
        // seconds, not minutes, passed between opening and reply
        assertThat(added.get("first_response_minutes")).isBetween(0L, 2L);

        JsonObject total = report(api, scope).getJsonObject("total");
        assertThat(total.getJsonNumber("opened").longValue()).isEqualTo(after.get("opened"));
        assertThat(channelOpened(total, "PHONE") - phoneBefore).isEqualTo(1);
        assertThat(total.getJsonNumber("resolved").longValue()).isEqualTo(after.get("resolved"));
        assertThat(total.getJsonNumber("firstResolutions").longValue()).isEqualTo(after.get("first_resolutions"));
        assertThat(total.getJsonNumber("escalated").longValue()).isEqualTo(after.get("escalated"));
        assertThat(number(total, "firstContactResolutionPercent"))
                .isEqualTo(percent(after.get("one_touch"), after.get("first_resolutions")));
        assertThat(number(total, "reopenPercent")).isEqualTo(percent(after.get("reopened"), after.get("first_resolutions")));
        assertThat(number(total, "escalationPercent")).isEqualTo(percent(after.get("escalated"), after.get("opened")));
        JsonObject fr = total.getJsonObject("firstResponseSla");
        assertThat(fr.getJsonNumber("met").longValue()).isEqualTo(after.get("first_response_met"));
        assertThat(number(fr, "compliancePercent")).isEqualTo(percent(after.get("first_response_met"),
                after.get("first_response_met") + after.get("first_response_breached")));
        JsonObject frTime = total.getJsonObject("firstResponseMinutes");
        assertThat(frTime.getJsonNumber("count").longValue()).isEqualTo(after.get("first_responses"));
        // the median of seconds-long answers lies in the first bucket, under 15 minutes
        assertThat(number(frTime, "median")).isBetween(0.0, 15.0);

        Map<String, String> csv = csvTotal(api.get("api/reports/kpis?" + scope, "text/csv"));
        assertThat(Long.parseLong(csv.get("opened"))).isEqualTo(after.get("opened"));
        assertThat(Long.parseLong(csv.get("resolved"))).isEqualTo(after.get("resolved"));
        assertThat(Long.parseLong(csv.get("opened_phone"))).isEqualTo(channelOpened(total, "PHONE"));
        assertThat(Double.valueOf(csv.get("fcr_percent"))).isEqualTo(number(total, "firstContactResolutionPercent"));
        assertThat(Double.valueOf(csv.get("reopen_percent"))).isEqualTo(number(total, "reopenPercent"));
        assertThat(Long.parseLong(csv.get("sla_first_response_met"))).isEqualTo(after.get("first_response_met"));
        assertThat(report(api, scope).getString("surveys")).isEqualTo("awaiting surveys");

        // Root causes: A and B stand as cobranca-duplicada, C's was taken back on reopen: +2
        long causeAfter = rootCause("cobranca-duplicada");
        assertThat(causeAfter - causeBefore).isEqualTo(2);
        assertThat(total(report(api, scope).getJsonArray("topRootCauses"), "cobranca-duplicada")).isEqualTo(causeAfter);
    }

    @Test
    void theTotalOfAllChannelsIsTheSumOfEachChannel() {
        StaffCases.financeiro(api);
        String scope = range() + "&department=Financeiro";
        long all = report(api, scope).getJsonObject("total").getJsonNumber("opened").longValue();
        long parts = 0;
        for (String channel : List.of("WEB_FORM", "EMAIL", "PHONE")) {
            parts += report(api, scope + "&channel=" + channel).getJsonObject("total").getJsonNumber("opened").longValue();
        }
        assertThat(all).isPositive().isEqualTo(parts);
    }

    @Test
    void aSupervisorReadsOwnDepartmentsAnAgentIsRefusedAndBadInputIsAProblem() {
        StaffCases.financeiro(api);
        assertThat(report(api.as("sofia"), range()).getJsonObject("total").getJsonNumber("opened").longValue())
                .isPositive();
        Api.Reply foreign = api.as("sofia").get("api/reports/kpis?" + range() + "&department=Log%C3%ADstica",
                "application/json");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(api.as("fabio").get("api/reports/kpis?" + range(), "application/json").status()).isEqualTo(403);
        Api.Reply bad = api.get("api/reports/kpis?from=yesterday&groupBy=year&channel=FAX", "application/json");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body()).contains("from").contains("groupBy").contains("channel");
    }

    @Test
    void weeksAndMonthsGroupTheSameDays() {
        StaffCases.financeiro(api);
        long byDay = report(api, range() + "&groupBy=day").getJsonObject("total").getJsonNumber("opened").longValue();
        for (String grouping : List.of("week", "month")) {
            JsonObject r = report(api, range() + "&groupBy=" + grouping);
            assertThat(r.getString("groupBy")).isEqualTo(grouping);
            long sum = r.getJsonArray("periods").stream()
                    .mapToLong(p -> p.asJsonObject().getJsonNumber("opened").longValue()).sum();
            assertThat(sum).isEqualTo(r.getJsonObject("total").getJsonNumber("opened").longValue());
            assertThat(sum).isGreaterThanOrEqualTo(byDay);
        }
    }

    private static long rootCause(String cause) throws SQLException {
        LocalDate today = LocalDate.now(DESK);
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement("SELECT COALESCE(SUM(resolved), 0)"
                + " FROM kpi_daily_root_cause WHERE department = ? AND root_cause = ? AND report_day BETWEEN ? AND ?")) {
            s.setString(1, StaffCases.FINANCEIRO);
            s.setString(2, cause);
            s.setObject(3, today.minusDays(1));
            s.setObject(4, today.plusDays(1));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long total(jakarta.json.JsonArray ranked, String name) {
        return ranked.getValuesAs(JsonObject.class).stream().filter(o -> o.getString("name").equals(name))
                .mapToLong(o -> o.getJsonNumber("count").longValue()).findFirst().orElse(-1);
    }

    private static long channelOpened(JsonObject figures, String channel) {
        JsonObject byChannel = figures.getJsonObject("openedByChannel");
        return byChannel == null || !byChannel.containsKey(channel) ? 0 : byChannel.getJsonNumber(channel).longValue();
    }

    private static Double number(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : o.getJsonNumber(key).doubleValue();
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    private static Map<String, String> csvTotal(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/csv");
        String[] lines = reply.body().split("\r\n");
        List<String> header = Arrays.asList(lines[0].split(",", -1));
        String[] total = lines[lines.length - 1].split(",", -1);
        assertThat(total[0]).isEqualTo("total");
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), total[i]);
        }
        return cells;
    }
}

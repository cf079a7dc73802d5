package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.triagem.application.report.CostRates;

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
            "resolution_breached", "legal_met", "legal_breached", "first_response_minutes", "surveys_sent",
            "surveys_answered", "csat_answers", "csat_score_sum", "csat_satisfied", "nps_answers", "nps_promoters",
            "nps_passives", "nps_detractors", "ces_answers", "ces_score_sum", "ces_easy", "repeat_contacts",
            "requester_waits", "requester_wait_minutes", "in_progress_minutes", "contacts");
    /** src/test/liberty/bootstrap.properties sends survey mail at once; its CSAT-5 link. */
    private static final Pattern CSAT_LINK = Pattern.compile("pesquisa\\.html\\?t=([A-Za-z0-9_.-]+)&csat=5");

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
        assertThat(total.getJsonObject("surveys").getJsonNumber("sent").longValue()).isEqualTo(after.get("surveys_sent"));

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

    @Test
    void surveysCountWhenSentAndEachAnswerOnceThroughThePublicSurveyPage() throws SQLException {
        String scope = range() + "&department=Financeiro";
        Map<String, Long> before = view(StaffCases.FINANCEIRO);

        String protocol = StaffCases.financeiro(api);
        act(protocol, "claim", "{}");
        act(protocol, "resolve", RESOLVE);
        String token = tokenFromSurveyMail(protocol);
        assertThat(answer(token, "{\"csat\": 5}")).isEqualTo(200);
        assertThat(answer(token, "{\"csat\": 5}")).as("a double click").isEqualTo(409);
        assertThat(answer(token, "{\"nps\": 6, \"ces\": 6}")).isEqualTo(200);
        assertThat(answer(token, "{\"nps\": 10}")).as("a change of mind").isEqualTo(409);

        Map<String, Long> added = added(before, view(StaffCases.FINANCEIRO));
        // By hand: one survey sent (at the resolution) and answered once, though it took two calls;
        // CSAT 5 (satisfied), NPS 6 (a detractor), CES 6 (easy); the 409s add nothing.
        assertThat(added).containsEntry("surveys_sent", 1L).containsEntry("surveys_answered", 1L)
                .containsEntry("csat_answers", 1L).containsEntry("csat_score_sum", 5L).containsEntry("csat_satisfied", 1L)
                .containsEntry("nps_answers", 1L).containsEntry("nps_detractors", 1L).containsEntry("nps_promoters", 0L)
                .containsEntry("ces_answers", 1L).containsEntry("ces_score_sum", 6L).containsEntry("ces_easy", 1L);

        Map<String, Long> after = view(StaffCases.FINANCEIRO);
        JsonObject surveys = report(api, scope).getJsonObject("total").getJsonObject("surveys");
        assertThat(surveys.getJsonNumber("sent").longValue()).isEqualTo(after.get("surveys_sent"));
        assertThat(surveys.getJsonNumber("answered").longValue()).isEqualTo(after.get("surveys_answered"));
        assertThat(number(surveys, "responseRatePercent"))
                .isEqualTo(percent(after.get("surveys_answered"), after.get("surveys_sent")));
        JsonObject csat = surveys.getJsonObject("csat");
        assertThat(csat.getJsonNumber("answers").longValue()).isEqualTo(after.get("csat_answers"));
        assertThat(number(csat, "mean")).isEqualTo(Math.round(100.0 * after.get("csat_score_sum")
                / after.get("csat_answers")) / 100.0);
        assertThat(number(csat, "satisfiedPercent")).isEqualTo(percent(after.get("csat_satisfied"),
                after.get("csat_answers")));
        JsonObject nps = surveys.getJsonObject("nps");
        long npsAnswers = after.get("nps_answers");
        assertThat(nps.getJsonNumber("answers").longValue()).isEqualTo(npsAnswers);
        assertThat(nps.getJsonNumber("score").longValue()).isEqualTo(Math.round(100.0
                * (after.get("nps_promoters") - after.get("nps_detractors")) / npsAnswers));
        assertThat(number(nps, "detractorsPercent")).isEqualTo(percent(after.get("nps_detractors"), npsAnswers));
        assertThat(surveys.getJsonObject("ces").getJsonNumber("answers").longValue()).isEqualTo(after.get("ces_answers"));

        Map<String, String> csv = csvTotal(api.get("api/reports/kpis?" + scope, "text/csv"));
        assertThat(Long.parseLong(csv.get("surveys_sent"))).isEqualTo(after.get("surveys_sent"));
        assertThat(Long.parseLong(csv.get("nps_score"))).isEqualTo(nps.getJsonNumber("score").longValue());
        assertThat(Double.valueOf(csv.get("csat_mean"))).isEqualTo(number(csat, "mean"));
    }

    @Test
    void theDetractorRecoveryReopenTakesBackTheResolutionLikeAnyReopen() throws SQLException {
        Map<String, Long> before = view(StaffCases.FINANCEIRO);
        String protocol = StaffCases.financeiro(api);
        act(protocol, "resolve", RESOLVE);
        // CSAT 1: the default recovery rules reopen the case (docs/surveys.md, section 8)
        assertThat(answer(tokenFromSurveyMail(protocol), "{\"csat\": 1}")).isEqualTo(200);
        assertThat(api.get("api/cases/" + protocol).json().getString("status")).isEqualTo("REOPENED");

        Map<String, Long> added = added(before, view(StaffCases.FINANCEIRO));
        // opened 1, first resolution 1, its resolution taken back (0 standing), reopened 1; the reopen took its
        // requester wait back too
        assertThat(added).containsEntry("opened", 1L).containsEntry("first_resolutions", 1L)
                .containsEntry("resolved", 0L).containsEntry("reopened", 1L).containsEntry("requester_waits", 0L)
                .containsEntry("csat_answers", 1L).containsEntry("csat_satisfied", 0L);
    }

    @Test
    void aSecondCaseOfTheSameCustomerWithin30DaysIsARepeatContact() throws SQLException {
        String scope = range() + "&department=Financeiro";
        Map<String, Long> before = view(StaffCases.FINANCEIRO);
        String email = StaffCases.email();
        String first = openAs(email);
        act(first, "resolve", RESOLVE); // resolved or not, it was opened in the last 30 days
        openAs(email);
        openAs(StaffCases.email()); // someone else: no repeat

        Map<String, Long> added = added(before, view(StaffCases.FINANCEIRO));
        assertThat(added).containsEntry("opened", 3L).containsEntry("repeat_contacts", 1L);
        Map<String, Long> after = view(StaffCases.FINANCEIRO);
        JsonObject total = report(api, scope).getJsonObject("total");
        assertThat(total.getJsonNumber("repeatContacts").longValue()).isEqualTo(after.get("repeat_contacts"));
        assertThat(number(total, "repeatContactPercent")).isEqualTo(percent(after.get("repeat_contacts"),
                after.get("opened")));
        assertThat(Long.parseLong(csvTotal(api.get("api/reports/kpis?" + scope, "text/csv")).get("repeat_contacts")))
                .isEqualTo(after.get("repeat_contacts"));
    }

    @Test
    void anAgentReadsOwnFiguresASupervisorFiltersByAgentAndAnythingElseIs403() {
        String own = range() + "&department=Financeiro";
        long fabioBefore = resolvedIn(report(api.as("fabio"), own));
        long sofiaSeesBefore = resolvedIn(report(api.as("sofia"), own + "&agent=fabio"));
        long departmentBefore = resolvedIn(report(api.as("sofia"), own));

        String mine = StaffCases.financeiro(api);
        act(mine, "claim", "{}");
        act(mine, "start", "{}");
        act(mine, "resolve", RESOLVE);
        StaffCases.financeiro(api); // nobody's: in the department, not in fabio's figures

        JsonObject fabios = report(api.as("fabio"), own);
        assertThat(resolvedIn(fabios) - fabioBefore).isEqualTo(1);
        assertThat(resolvedIn(report(api.as("sofia"), own + "&agent=fabio")) - sofiaSeesBefore).isEqualTo(1);
        assertThat(resolvedIn(report(api.as("sofia"), own)) - departmentBefore).isEqualTo(1);
        // the case was opened while nobody had it: not fabio's opening
        assertThat(fabios.getJsonObject("total").getJsonObject("requesterWaitMinutes").getJsonNumber("count")
                .longValue()).isEqualTo(resolvedIn(fabios));
        assertThat(resolvedIn(report(api.as("fabio"), own + "&agent=fabio"))).isEqualTo(resolvedIn(fabios));

        Api.Reply another = api.as("fabio").get("api/reports/kpis?" + own + "&agent=fernanda", "application/json");
        assertThat(another.status()).isEqualTo(403);
        assertThat(another.contentType()).startsWith("application/problem+json");
        Api.Reply foreign = api.as("sofia").get("api/reports/kpis?" + range() + "&department=Log%C3%ADstica&agent=fabio",
                "application/json");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(api.as("ana").get("api/reports/kpis?" + range(), "application/json").status())
                .as("an analyst").isEqualTo(403);
    }

    @Test
    void theReportCarriesThePreviousPeriodTopTagsAndACostEstimateFromTheManagersFile() throws Exception {
        String scope = range() + "&department=Financeiro";
        String protocol = StaffCases.financeiro(api);
        act(protocol, "start", "{}");
        act(protocol, "resolve", RESOLVE);

        JsonObject report = report(api, scope);
        assertThat(report.containsKey("surveys")).as("the old top-level placeholder is gone").isFalse();
        assertThat(report.getJsonObject("total").containsKey("surveys")).isTrue();
        assertThat(report.getJsonObject("previous").getString("period")).isEqualTo("previous");
        assertThat(report.getJsonObject("previous").getJsonNumber("opened").longValue()).isNotNegative();
        for (JsonObject tag : report.getJsonArray("topTags").getValuesAs(JsonObject.class)) {
            assertThat(tag.getJsonNumber("count").longValue()).as(tag.getString("name"))
                    .isEqualTo(tagCount(tag.getString("name")));
        }
        // The estimate, recomputed from the view's sums with the shipped rules/catalogue/costs.csv.
        CostRates rates = CostRates.parse(Files.readAllLines(Path.of(System.getProperty("triagem.rules.dir", "rules"))
                .resolve("catalogue/costs.csv")));
        BigDecimal expected = rates.ofMinutes(StaffCases.FINANCEIRO, viewSum("in_progress_minutes", null));
        for (String channel : List.of("WEB_FORM", "EMAIL", "PHONE")) {
            expected = expected.add(rates.ofContacts(channel, viewSum("contacts", channel)));
        }
        JsonObject cost = report.getJsonObject("total").getJsonObject("cost");
        assertThat(cost.getJsonNumber("totalBrl").bigDecimalValue())
                .isEqualByComparingTo(expected.setScale(2, RoundingMode.HALF_EVEN));
        long resolved = report.getJsonObject("total").getJsonNumber("resolved").longValue();
        assertThat(cost.getJsonNumber("perResolutionBrl").bigDecimalValue())
                .isEqualByComparingTo(expected.divide(BigDecimal.valueOf(resolved), 2, RoundingMode.HALF_EVEN));

        Map<String, String> csv = csvTotal(api.get("api/reports/kpis?" + scope, "text/csv"));
        assertThat(new BigDecimal(csv.get("cost_total_brl"))).isEqualByComparingTo(cost.getJsonNumber("totalBrl")
                .bigDecimalValue());
        assertThat(csv).containsKeys("requester_wait_median_minutes", "survey_response_rate_percent",
                "ces_easy_percent", "repeat_contact_percent", "cost_per_resolution_brl");
    }

    private int answer(String token, String json) {
        return api.anonymous().postJson("api/public/surveys/" + token, json).status();
    }

    private String openAs(String email) {
        String json = Json.createObjectBuilder().add("subject", "Cobrança indevida")
                .add("description", "Fui cobrado duas vezes pela mesma compra no cartão.").add("email", email).build()
                .toString();
        Api.Reply created = api.anonymous().postJson("api/intake/webform", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("protocol");
    }

    private static long resolvedIn(JsonObject report) {
        return report.getJsonObject("total").getJsonNumber("resolved").longValue();
    }

    private static Map<String, Long> added(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> added = new HashMap<>();
        SUMS.forEach(k -> added.put(k, after.get(k) - before.get(k)));
        return added;
    }

    /** The CSAT-5 link's token, read from the survey mail in the outbox, as the customer would click it. */
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

    private static long tagCount(String tag) throws SQLException {
        return sum("SELECT COALESCE(SUM(opened), 0) FROM kpi_daily_tag WHERE department = ? AND report_day BETWEEN ? AND ?"
                + " AND tag = ?", tag);
    }

    /** A sum of the view over the report's days in Financeiro, for one channel or all (null). */
    private static long viewSum(String column, String channel) throws SQLException {
        return sum("SELECT COALESCE(SUM(" + column + "), 0) FROM kpi_daily_v WHERE department = ? AND report_day"
                + " BETWEEN ? AND ?" + (channel == null ? "" : " AND channel = ?"), channel);
    }

    private static long sum(String sql, String last) throws SQLException {
        LocalDate today = LocalDate.now(DESK);
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, StaffCases.FINANCEIRO);
            s.setObject(2, today.minusDays(1));
            s.setObject(3, today.plusDays(1));
            if (last != null) {
                s.setString(4, last);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
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

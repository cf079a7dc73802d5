package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.it.StaffCases.etag;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.survey.SurveyTokens;

/**
 * A resolved case gets a survey mail with signed one-click CSAT links (the IT server sends it without
 * delay); the link answers once, and a tampered or expired link is refused and changes nothing.
 */
class SurveyIT extends DeployedTriagem {

    /** src/test/liberty/bootstrap.properties: the IT server's survey secret. */
    private static final String IT_SECRET = "it-only-survey-secret-0123456789abcdef";
    private static final Pattern CSAT_LINK = Pattern.compile("pesquisa\\.html\\?t=([A-Za-z0-9_.-]+)&csat=4");

    @Test
    void aResolvedCaseGetsASurveyWhoseLinkAnswersOnce() throws SQLException {
        String protocol = resolvedFinanceiroCase();
        String token = tokenFromSurveyMail(protocol);

        JsonObject asked = api.anonymous().get("api/public/surveys/" + token).json();
        assertThat(asked.getString("protocol")).isEqualTo(protocol);
        assertThat(asked.getJsonArray("asked").toString()).contains("CSAT", "NPS", "CES");

        Api.Reply first = api.anonymous().postJson("api/public/surveys/" + token, "{\"csat\": 4}");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().getInt("csat")).isEqualTo(4);

        // a double click, then a change of mind: the first answer stands
        Api.Reply again = api.anonymous().postJson("api/public/surveys/" + token, "{\"csat\": 4}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(api.anonymous().postJson("api/public/surveys/" + token, "{\"csat\": 1}").status()).isEqualTo(409);

        // the rest of the page, once
        Api.Reply rest = api.anonymous().postJson("api/public/surveys/" + token,
                "{\"nps\": 9, \"ces\": 2, \"comment\": \"Resolveram rápido\"}");
        assertThat(rest.status()).as(rest.body()).isEqualTo(200);
        assertThat(api.anonymous().postJson("api/public/surveys/" + token, "{\"nps\": 0}").status()).isEqualTo(409);

        assertThat(storedScores(protocol)).isEqualTo("csat=4 nps=9 ces=2 commented");
    }

    @Test
    void aScoreOffItsScaleIs400AndRecordsNothing() throws SQLException {
        String protocol = resolvedFinanceiroCase();
        String token = tokenFromSurveyMail(protocol);

        Api.Reply bad = api.anonymous().postJson("api/public/surveys/" + token, "{\"csat\": 6}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(storedScores(protocol)).isEqualTo("csat=null nps=null ces=null");
    }

    @Test
    void aTamperedLinkIs404AndChangesNothing() throws SQLException {
        String protocol = resolvedFinanceiroCase();
        String token = tokenFromSurveyMail(protocol);
        int i = token.length() / 2;
        char c = token.charAt(i) == 'A' ? 'B' : 'A';
        String tampered = token.charAt(i) == '.' ? token + "x" : token.substring(0, i) + c + token.substring(i + 1);

        Api.Reply refused = api.anonymous().postJson("api/public/surveys/" + tampered, "{\"csat\": 1}");
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("type")).endsWith("survey-link-invalid");
        assertThat(api.anonymous().get("api/public/surveys/" + tampered).status()).isEqualTo(404);
        assertThat(storedScores(protocol)).isEqualTo("csat=null nps=null ces=null");
    }

    @Test
    void anExpiredLinkIs410AndChangesNothing() throws SQLException {
        String protocol = resolvedFinanceiroCase();
        long id = surveyId(protocol);
        // A link we signed ourselves, genuinely, but whose time is over.
        String expired = new SurveyTokens(IT_SECRET).issue(id, OffsetDateTime.now().minusMinutes(1));

        Api.Reply refused = api.anonymous().postJson("api/public/surveys/" + expired, "{\"csat\": 5}");
        assertThat(refused.status()).isEqualTo(410);
        assertThat(refused.json().getString("type")).endsWith("survey-expired");
        assertThat(storedScores(protocol)).isEqualTo("csat=null nps=null ces=null");
    }

    @Test
    void aDuplicateResolutionGetsNoSurvey() throws SQLException {
        Api fabio = api.as("fabio");
        String protocol = StaffCases.financeiro(api);
        assertThat(fabio.act(protocol, "resolve", etag(fabio, protocol),
                "{\"resolutionCode\": \"duplicado\", \"rootCause\": \"cliente-abriu-dois\"}").status()).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM survey WHERE protocol = ?", protocol)).isZero();
        assertThat(count("SELECT COUNT(*) FROM outgoing_mail WHERE kind = 'SURVEY' AND protocol = ?", protocol))
                .isZero();
    }

    @Test
    void aVeryDissatisfiedCustomerSetsOffTheRecoveryOnceOnTheCaseTimeline() throws SQLException {
        String protocol = resolvedFinanceiroCase();
        String token = tokenFromSurveyMail(protocol);

        assertThat(api.anonymous().postJson("api/public/surveys/" + token, "{\"csat\": 1}").status()).isEqualTo(200);
        assertThat(api.anonymous().postJson("api/public/surveys/" + token, "{\"csat\": 1}").status()).isEqualTo(409);

        JsonObject view = api.get("api/cases/" + protocol).json();
        assertThat(view.getString("status")).isEqualTo("REOPENED");
        assertThat(view.getJsonArray("history").stream().map(e -> e.asJsonObject().getString("type"))
                .filter("INTERNAL_NOTE"::equals).count()).isEqualTo(1);
        assertThat(view.getJsonArray("messages").toString()).contains("CSAT 1");
        assertThat(count("SELECT COUNT(*) FROM outgoing_mail WHERE kind = 'ESCALATION' AND protocol = ?", protocol))
                .isEqualTo(1);
    }

    @Test
    void theIvrSurveyEventIsAppliedExactlyOnce() throws SQLException {
        SignedCalls calls = new SignedCalls(api);
        String callId = SignedCalls.newCallId();
        Api.Reply started = calls.send(SignedCalls.newEventId(), SignedCalls.event("call.started", callId,
                "\"caller\":\"" + SignedCalls.randomCaller() + "\",\"ivrChoice\":\"cobranca\""));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String protocol = started.json().getString("protocol");

        String eventId = SignedCalls.newEventId();
        String answered = SignedCalls.event("survey.answered", callId, "\"csat\":2,\"nps\":4");
        Api.Reply first = calls.send(eventId, answered);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Api.Reply retry = calls.send(eventId, answered);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");

        assertThat(storedScores(protocol)).isEqualTo("csat=2 nps=4 ces=null");
        assertThat(count("SELECT COUNT(*) FROM outgoing_mail WHERE kind = 'ESCALATION' AND protocol = ?", protocol))
                .isEqualTo(1);

        Api.Reply offScale = calls.send(SignedCalls.newEventId(),
                SignedCalls.event("survey.answered", callId, "\"csat\":9"));
        assertThat(offScale.status()).isEqualTo(400);
        assertThat(storedScores(protocol)).isEqualTo("csat=2 nps=4 ces=null");
    }

    @Test
    void theStatusPageOffersTheSurveyOfAResolvedCaseUntilItIsAnswered() throws Exception {
        String email = StaffCases.email();
        String json = jakarta.json.Json.createObjectBuilder().add("subject", "Cobrança indevida")
                .add("description", "Fui cobrado duas vezes pela mesma compra no cartão.").add("email", email)
                .build().toString();
        String protocol = api.anonymous().postJson("api/intake/webform", json).json().getString("protocol");
        // JSON-B leaves null members out: no member, no survey
        assertThat(statusPage(protocol, email).containsKey("surveyToken")).as("no survey before the resolution")
                .isFalse();

        Api fabio = api.as("fabio");
        assertThat(fabio.act(protocol, "resolve", etag(fabio, protocol),
                "{\"resolutionCode\": \"ESTORNO\", \"rootCause\": \"cobranca-duplicada\"}").status()).isEqualTo(200);
        String token = statusPage(protocol, email).getString("surveyToken");
        assertThat(api.anonymous().get("api/public/surveys/" + token).json().getString("protocol")).isEqualTo(protocol);

        assertThat(api.anonymous().postJson("api/public/surveys/" + token,
                "{\"csat\": 5, \"nps\": 10, \"ces\": 7, \"comment\": \"Ótimo\"}").status()).isEqualTo(200);
        assertThat(statusPage(protocol, email).containsKey("surveyToken")).as("nothing left to answer").isFalse();
    }

    private JsonObject statusPage(String protocol, String verification) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(api.base().resolve("api/public/cases/" + protocol))
                        .header("X-Verification", verification).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readObject();
    }

    @Test
    void analystsSimulateTheSurveyRules() {
        Api.Reply spam = api.as("admin").postJson("api/rules/simulate/survey",
                "{\"department\": \"Financeiro\", \"resolutionCode\": \"spam\"}");
        assertThat(spam.status()).as(spam.body()).isEqualTo(200);
        assertThat(spam.json().getBoolean("survey")).isFalse();
        assertThat(spam.json().getJsonArray("firedRules").toString()).contains("spam");

        JsonObject asked = api.as("admin").postJson("api/rules/simulate/survey",
                "{\"department\": \"Logística\", \"resolutionCode\": \"reenvio\", \"daysSinceLastNps\": 10}").json();
        assertThat(asked.getBoolean("survey")).isTrue();
        assertThat(asked.getJsonArray("kinds").toString()).contains("CSAT", "CES").doesNotContain("NPS");

        assertThat(api.as("admin").postJson("api/rules/simulate/survey", "{\"department\": \"Financeiro\"}").status())
                .isEqualTo(400);
        assertThat(api.as("fabio").postJson("api/rules/simulate/survey",
                "{\"department\": \"Financeiro\", \"resolutionCode\": \"spam\"}").status()).isEqualTo(403);
    }

    @Test
    void malformedAnswersAre4xxProblemsAndRecordNothing() throws SQLException {
        String protocol = resolvedFinanceiroCase();
        String token = tokenFromSurveyMail(protocol);
        for (String body : java.util.List.of("", "{", "[]", "null", "12", "{}", "{\"csat\":\"5\"}", "{\"csat\":4.5}",
                "{\"csat\":true}", "{\"csat\":99999999999}", "{\"nps\":-1}", "{\"ces\":8}", "{\"csat\":null}",
                "{\"comment\":\"" + "x".repeat(2001) + "\"}", "{\"comment\":[\"a\"]}", "{\"csat\":1,\"csat\":5}",
                "{\"comment\":\"abc\\u0000def\"}")) {
            Api.Reply r = api.anonymous().postJson("api/public/surveys/" + token, body);
            assertThat(r.status()).as(body).isBetween(400, 499);
            assertThat(r.contentType()).as(body).startsWith("application/problem+json");
        }
        for (String path : java.util.List.of("api/public/surveys/x", "api/public/surveys/" + "A".repeat(300),
                "api/public/surveys/a.b")) {
            assertThat(api.anonymous().get(path).status()).as(path).isEqualTo(404);
        }
        // Liberty refuses a NUL in the path itself (400, its own text/html page), before the API sees it
        assertThat(api.anonymous().get("api/public/surveys/%00").status()).isBetween(400, 404);
        assertThat(storedScores(protocol)).isEqualTo("csat=null nps=null ces=null");
    }

    private String resolvedFinanceiroCase() {
        Api fabio = api.as("fabio");
        String protocol = StaffCases.financeiro(api);
        Api.Reply resolved = fabio.act(protocol, "resolve", etag(fabio, protocol),
                "{\"resolutionCode\": \"ESTORNO\", \"rootCause\": \"cobranca-duplicada\"}");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        return protocol;
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

    private static long surveyId(String protocol) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT id FROM survey WHERE protocol = ?")) {
            s.setString(1, protocol);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getLong(1);
            }
        }
    }

    private static String storedScores(String protocol) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT csat, nps, ces, comment FROM survey WHERE protocol = ?")) {
            s.setString(1, protocol);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                String scores = "csat=" + rs.getObject(1) + " nps=" + rs.getObject(2) + " ces=" + rs.getObject(3)
                        + (rs.getString(4) == null ? "" : " commented");
                assertThat(rs.next()).as("one survey per resolution").isFalse();
                return scores;
            }
        }
    }

    private static int count(String sql, String protocol) throws SQLException {
        try (Connection c = ItDatabase.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, protocol);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}

package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * /metrics as a Prometheus scraper reads it, without signing in (the IT server's auth/dev.xml): each
 * synchronous channel's contacts move the intake counter of their outcome by exactly one, and the
 * gauges read the database.
 */
class MetricsIT extends DeployedTriagem {

    private static final String CONTACTS = "triagem_intake_contacts_total";

    @Test
    void countsEachWebFormContactUnderItsOutcome() {
        PrometheusText before = scrape();
        String token = UUID.randomUUID().toString();
        String form = """
                {"email": "m-%s@example.com", "subject": "Cobrança", "description": "Cobrança em dobro.", "formToken": "%s"}
                """.formatted(UUID.randomUUID(), token);

        assertThat(api.postJson("api/intake/webform", form).status()).isEqualTo(201);
        assertThat(api.postJson("api/intake/webform", form).status()).as("double submit").isEqualTo(200);
        assertThat(api.postJson("api/intake/webform", "{\"description\": \"\"}").status()).isEqualTo(400);
        assertThat(api.postJson("api/intake/webform", "{\"description\": ").status()).isEqualTo(400);

        PrometheusText after = scrape();
        assertThat(moved(before, after, "web_form", "new_case")).isEqualTo(1);
        assertThat(moved(before, after, "web_form", "already_registered")).isEqualTo(1);
        assertThat(moved(before, after, "web_form", "refused")).isEqualTo(2);
        assertThat(moved(before, after, "web_form", "joined")).isZero();
        assertThat(moved(before, after, "web_form", "quarantined")).isZero();
        assertThat(after.value("triagem_rules_decision_seconds_count", Map.of())
                - before.value("triagem_rules_decision_seconds_count", Map.of())).as("decisions timed").isEqualTo(1);
    }

    @Test
    void countsEachPhoneEventUnderItsOutcome() {
        SignedCalls pbx = new SignedCalls(api);
        PrometheusText before = scrape();
        String caller = SignedCalls.randomCaller();
        String callId = SignedCalls.newCallId();
        String startedId = SignedCalls.newEventId();
        String started = SignedCalls.event("call.started", callId, "\"caller\":\"" + caller + "\",\"ivrChoice\":\"entrega\"");

        assertThat(pbx.send(startedId, started).status()).isEqualTo(201);
        assertThat(pbx.send(startedId, started).status()).as("a retry").isEqualTo(201);
        assertThat(pbx.send(SignedCalls.newEventId(), SignedCalls.event("call.updated", callId,
                "\"notes\":\"cliente aguardando\"")).status()).as("a later event of the call").isEqualTo(200);
        // the same caller again: the rules call it a repeat, and it joins the open case
        assertThat(pbx.send(SignedCalls.newEventId(), SignedCalls.event("call.started", SignedCalls.newCallId(),
                "\"caller\":\"" + caller + "\",\"ivrChoice\":\"entrega\"")).status()).isEqualTo(200);
        byte[] forged = started.getBytes(StandardCharsets.UTF_8);
        assertThat(pbx.send(SignedCalls.newEventId(), forged, "whsec_" + "Zm9yZ2Vk").status()).isEqualTo(401);

        PrometheusText after = scrape();
        assertThat(moved(before, after, "phone", "new_case")).isEqualTo(1);
        assertThat(moved(before, after, "phone", "joined")).isEqualTo(1);
        assertThat(moved(before, after, "phone", "already_registered")).isEqualTo(2);
        assertThat(moved(before, after, "phone", "refused")).isEqualTo(1);
        assertThat(moved(before, after, "phone", "quarantined")).isZero();
    }

    @Test
    void readsTheBacklogOutboxQuarantineAndRuleSetFromTheDatabase() {
        // The database gauges are read every few seconds, not at each scrape: wait for a first reading.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            PrometheusText now = scrape();
            assertThat(now.value("triagem_metrics_readings_age_seconds", Map.of())).isBetween(0.0, 30.0);
            assertThat(now.find("triagem_rules_active_version", Map.of())).singleElement()
                    .satisfies(s -> assertThat(s.labels().get("checksum")).matches("[0-9a-f]{16}"))
                    .satisfies(s -> assertThat(s.value()).isGreaterThanOrEqualTo(1));
        });
        double before = financeiroP3(scrape());

        assertThat(api.postJson("api/intake/webform", """
                {"subject": "Cobrança indevida", "description": "Fui cobrada duas vezes."}
                """).status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(financeiroP3(scrape())).isEqualTo(before + 1));
        PrometheusText now = scrape();
        assertThat(now.value("triagem_quarantine_size", Map.of())).isGreaterThanOrEqualTo(0);
        assertThat(now.value("triagem_outbox_pending", Map.of())).isGreaterThanOrEqualTo(0);
        assertThat(now.value("triagem_outbox_failed", Map.of())).isGreaterThanOrEqualTo(0);
        assertThat(now.value("triagem_outbox_oldest_pending_age_seconds", Map.of())).isGreaterThanOrEqualTo(0);
        // The IT server polls a mailbox no test of this class starts: the lag grows from start-up.
        assertThat(now.value("triagem_mail_poll_lag_seconds", Map.of())).isPositive();
        assertThat(now.find("triagem_sla_breaches_total", Map.of("clock", "legal"))).hasSize(1);
        assertThat(now.find("triagem_escalations_total", Map.of("clock", "resolution", "level", "1"))).hasSize(1);
        assertThat(now.find("triagem_rules_decision_seconds_bucket", Map.of("le", "0.001"))).hasSize(1);
    }

    /** Open Financeiro cases at P3, where a charge complaint goes; 0 before the pair has any. */
    private static double financeiroP3(PrometheusText scrape) {
        return scrape.find("triagem_backlog_open", Map.of("department", "Financeiro", "priority", "P3")).stream()
                .mapToDouble(PrometheusText.Sample::value).sum();
    }

    private PrometheusText scrape() {
        Api.Reply reply = api.anonymous().get("metrics?scope=application");
        assertThat(reply.status()).as("/metrics without credentials").isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/plain");
        return PrometheusText.parse(reply.body());
    }

    private static double moved(PrometheusText before, PrometheusText after, String channel, String outcome) {
        Map<String, String> series = Map.of("channel", channel, "outcome", outcome);
        return after.value(CONTACTS, series) - before.value(CONTACTS, series);
    }
}

package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An analyst foresees what a proposed version would change: past cases, as they were taken in, are
 * replayed through the active version and the proposed one (charges to Comercial instead of
 * Financeiro). The server's database is shared with the other ITs, so the figures are read as the
 * difference the seeded cases make to a preview run just before them: exact, whatever else is there.
 */
class ImpactPreviewIT extends DeployedTriagem {

    private static final String CHARGE = "{\"subject\": \"Cobrança indevida\", \"description\":"
            + " \"Fui cobrada duas vezes pela mesma compra.\", \"email\": \"impacto@example.com\"}";
    private static final String DELIVERY = "{\"subject\": \"Entrega\", \"description\": \"Meu pedido não chegou\"}";

    @Test
    void countsMatrixAndExamplesOfTheSeededCasesAreExactAndNoCaseChanges() throws Exception {
        long proposed = propose(RuleFileUploads.chargesToComercialUnique(), "impact-charges-" + System.nanoTime());
        JsonObject before = finishedPreview(proposed, 30);

        String tooOld = seed(CHARGE, 40);
        List<String> charges = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            charges.add(seed(CHARGE, 3 + i));
        }
        List<String> deliveries = List.of(seed(DELIVERY, 2), seed(DELIVERY, 10));
        assertThat(column("department", charges.get(0))).isEqualTo("Financeiro");
        assertThat(column("department", deliveries.get(0))).isEqualTo("Logística");
        Map<String, Object> untouched = databaseState(charges.get(0));

        JsonObject after = finishedPreview(proposed, 30);

        assertThat(databaseState(charges.get(0))).isEqualTo(untouched);
        JsonObject was = before.getJsonObject("summary");
        JsonObject is = after.getJsonObject("summary");
        assertThat(count(is, "complaints") - count(was, "complaints")).isEqualTo(5);
        assertThat(count(is, "unchanged") - count(was, "unchanged")).isEqualTo(2);
        assertThat(changed(is, "department") - changed(was, "department")).isEqualTo(3);
        assertThat(changed(is, "priority") - changed(was, "priority")).isZero();
        assertThat(changed(is, "sla") - changed(was, "sla")).isZero();
        assertThat(changed(is, "category") - changed(was, "category")).isZero();
        assertThat(moved(is, "Financeiro", "Comercial") - moved(was, "Financeiro", "Comercial")).isEqualTo(3);
        assertThat(moved(is, "Logística", "Logística") - moved(was, "Logística", "Logística")).isEqualTo(2);
        assertThat(moved(is, "Financeiro", "Financeiro")).isEqualTo(moved(was, "Financeiro", "Financeiro"));
        // Newest first: the three seeded charges lead the department examples, the one too old is not there.
        List<JsonObject> examples = is.getJsonObject("examples").getJsonArray("department")
                .getValuesAs(JsonObject.class);
        assertThat(examples.subList(0, 3)).extracting(e -> e.getString("protocol") + " " + e.getString("before")
                + " → " + e.getString("after")).containsExactly(charges.get(2) + " Financeiro → Comercial",
                charges.get(1) + " Financeiro → Comercial", charges.get(0) + " Financeiro → Comercial");
        assertThat(examples).extracting(e -> e.getString("protocol")).doesNotContain(tooOld);

        JsonObject stored = api.get("api/rulesets/" + proposed + "/impact").json();
        assertThat(stored.getJsonObject("summary")).isEqualTo(is);
        assertThat(stored.getInt("activeVersion")).isEqualTo(activeVersion());
    }

    @Test
    void streamsItsProgressAsServerSentEventsUntilDone() {
        long proposed = propose(RuleFileUploads.chargesToComercialUnique(), "impact-stream-" + System.nanoTime());
        Api.Reply started = api.postJson("api/rulesets/" + proposed + "/impact?days=30", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);

        Api.Reply stream = api.get(URI.create(started.location()).getPath().substring(1) + "/events",
                "text/event-stream");

        assertThat(stream.contentType()).startsWith("text/event-stream");
        assertThat(stream.body()).contains("event: done");
        String last = stream.body().substring(stream.body().lastIndexOf("data:") + 5).strip();
        assertThat(last).contains("\"state\":\"DONE\"");
    }

    @Test
    void aWindowOutsideOneToThreeHundredSixtyFiveDaysIsRefusedInPortuguese() {
        long active = activeVersion();

        Api.Reply refused = api.postJson("api/rulesets/" + active + "/impact?days=0", "");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).isEqualTo("O período deve ter de 1 a 365 dias, não 0.");
        assertThat(api.get("api/rulesets/999999/impact").status()).isEqualTo(404);
    }

    private JsonObject finishedPreview(long version, int days) {
        Api.Reply started = api.postJson("api/rulesets/" + version + "/impact?days=" + days, "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.location()).contains("/api/rulesets/" + version + "/impact/jobs/");
        String job = URI.create(started.location()).getPath().substring(1);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> !"RUNNING".equals(api.get(job).json().getString("state")));
        JsonObject finished = api.get(job).json();
        assertThat(finished.getString("state")).as(finished.toString()).isEqualTo("DONE");
        return finished.getJsonObject("preview");
    }

    private long propose(RulesTree tree, String comment) {
        Api.Reply reply = api.postBytes("api/rulesets?author=it-analyst&comment=" + comment, "application/zip",
                tree.zip());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().getBoolean("green")).isTrue();
        return reply.json().getJsonNumber("number").longValue();
    }

    private long activeVersion() {
        return api.get("api/rulesets").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getBoolean("active")).mapToLong(v -> v.getJsonNumber("number").longValue())
                .findFirst().orElseThrow();
    }

    /** A complaint sent through the web form, then dated {@code daysAgo} days back. */
    private String seed(String complaint, int daysAgo) throws SQLException {
        Api.Reply created = api.anonymous().postJson("api/intake/webform", complaint);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String protocol = created.json().getString("protocol");
        ItDatabase.update("UPDATE complaint_case SET opened_at = CURRENT_TIMESTAMP - (" + daysAgo
                + " * INTERVAL '1' DAY) WHERE protocol = ?", protocol);
        return protocol;
    }

    private static long count(JsonObject summary, String name) {
        return summary.getJsonNumber(name).longValue();
    }

    private static long changed(JsonObject summary, String kind) {
        return summary.getJsonObject("changed").getJsonNumber(kind).longValue();
    }

    private static long moved(JsonObject summary, String from, String to) {
        return summary.getJsonArray("departmentMatrix").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("from").equals(from) && c.getString("to").equals(to))
                .mapToLong(c -> c.getJsonNumber("count").longValue()).sum();
    }

    private static String column(String name, String protocol) throws SQLException {
        try (Connection c = ItDatabase.connect();
                PreparedStatement s = c.prepareStatement("SELECT " + name + " FROM complaint_case WHERE protocol = ?")) {
            s.setString(1, protocol);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** What a preview must not change: the counts of cases, events, mails and KPI rows, and one case's row. */
    private static Map<String, Object> databaseState(String protocol) throws SQLException {
        Map<String, Object> state = new LinkedHashMap<>();
        try (Connection c = ItDatabase.connect()) {
            for (String table : List.of("complaint_case", "case_event", "outgoing_mail", "kpi_daily", "kpi_rollup")) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    state.put(table, rs.getLong(1));
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM complaint_case WHERE protocol = ?")) {
                s.setString(1, protocol);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    ResultSetMetaData meta = rs.getMetaData();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        state.put("case." + meta.getColumnName(i), value instanceof byte[] b
                                ? new String(b, StandardCharsets.ISO_8859_1) : String.valueOf(value));
                    }
                }
            }
        }
        return state;
    }
}

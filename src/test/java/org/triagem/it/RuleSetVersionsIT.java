package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Analysts propose, activate and roll back rule-set versions over HTTP, and every case records the
 * version that routed it. Each test puts back the version that was active before it.
 */
class RuleSetVersionsIT extends DeployedTriagem {

    private static final String CHARGE = """
            {"subject": "Cobrança indevida", "description": "Fui cobrada duas vezes pela mesma compra. %s"}
            """;

    private long activeBefore;

    @BeforeEach
    void rememberTheActiveVersion() {
        activeBefore = api.get("api/rulesets").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getBoolean("active")).findFirst().orElseThrow().getJsonNumber("number").longValue();
    }

    @AfterEach
    void putItBack() {
        assertThat(activate(activeBefore, "restoring the version active before the test").status()).isEqualTo(200);
    }

    @Test
    void anActivatedVersionRoutesNewCasesAndRollingBackRestoresTheOldRouting() {
        JsonObject before = api.get("api/rulesets/" + activeBefore).json();
        JsonObject proposed = propose(RulesTree.chargesToComercial(true), "charges to Comercial");

        assertThat(proposed.getBoolean("valid")).isTrue();
        assertThat(proposed.getBoolean("green")).isTrue();
        assertThat(proposed.getInt("scenarioFailureCount")).isZero();
        long number = proposed.getJsonNumber("number").longValue();
        assertThat(proposed.getString("label")).startsWith("v" + number + " sha256:");

        Api.Reply activated = activate(number, null);
        assertThat(activated.status()).isEqualTo(200);
        assertThat(activated.json().getBoolean("active")).isTrue();
        JsonObject routed = caseFor(CHARGE.formatted(UUID.randomUUID()));
        assertThat(routed.getString("department")).isEqualTo("Comercial");
        assertThat(routed.getJsonObject("routing").getString("ruleSetVersion"))
                .isEqualTo(proposed.getString("label")).contains("sha256:");

        assertThat(activate(activeBefore, null).status()).isEqualTo(200);
        JsonObject rolledBack = caseFor(CHARGE.formatted(UUID.randomUUID()));
        assertThat(rolledBack.getString("department")).isEqualTo("Financeiro");
        assertThat(rolledBack.getJsonObject("routing").getString("ruleSetVersion"))
                .isEqualTo(before.getString("label"));
        assertThat(api.get("api/rulesets").jsonArray().getValuesAs(JsonObject.class))
                .filteredOn(v -> v.getBoolean("active")).singleElement()
                .satisfies(v -> assertThat(v.getJsonNumber("number").longValue()).isEqualTo(activeBefore));
    }

    @Test
    void singleFilesReplaceTheirNamesakesInTheActiveVersion() {
        RulesTree changed = RulesTree.chargesToComercial(true);
        // A scenario of this run's own (no expectation), so the upload is new content and makes a version.
        byte[] intake = (new String(changed.file("scenarios/intake.csv"), StandardCharsets.UTF_8)
                + "Pergunta " + UUID.randomUUID() + ",WEB_FORM,Horário,Qual o horário?,,,,,,,,,,,,\n")
                .getBytes(StandardCharsets.UTF_8);
        Api.Reply reply = api.postBytes("api/rulesets?comment=one+row", MULTIPART,
                multipart(new Upload("file", "ownership.drl.csv", changed.file("ownership/ownership.drl.csv")),
                        new Upload("file", "intake.csv", intake)));

        assertThat(reply.status()).isEqualTo(201);
        JsonObject proposed = reply.json();
        assertThat(proposed.getBoolean("green")).isTrue();
        assertThat(proposed.getString("comment")).contains("based on version " + activeBefore)
                .contains("ownership.drl.csv");
        assertThat(activate(proposed.getJsonNumber("number").longValue(), null).status()).isEqualTo(200);
        assertThat(caseFor(CHARGE.formatted(UUID.randomUUID())).getString("department")).isEqualTo("Comercial");
    }

    @Test
    void aSingleFileThatNamesNothingInTheTreeIsABadRequest() {
        Api.Reply unknown = api.postBytes("api/rulesets", MULTIPART,
                multipart(new Upload("file", "nowhere.drl", "package priority;".getBytes(StandardCharsets.UTF_8))));
        Api.Reply notARule = api.postBytes("api/rulesets", MULTIPART,
                multipart(new Upload("ownership/notes.txt", null, "hello".getBytes(StandardCharsets.UTF_8))));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().getString("detail")).contains("no file named nowhere.drl")
                .contains("ownership/nowhere.drl");
        assertThat(notARule.status()).isEqualTo(400);
        assertThat(notARule.json().getString("detail")).contains("neither a rule file");
    }

    @Test
    void aBrokenDrlIsStoredAsInvalidWithItsFileAndLineAndCannotBeActivated() {
        JsonObject proposed = propose(RulesTree.current().with("priority/broken.drl", """
                package priority;

                rule "Half a rule"
                when
                    this is not drl
                then
                end
                """), "broken on purpose");

        assertThat(proposed.getBoolean("valid")).isFalse();
        List<JsonObject> problems = proposed.getJsonArray("problems").getValuesAs(JsonObject.class);
        assertThat(problems).isNotEmpty().anySatisfy(p -> {
            assertThat(p.getString("file")).isEqualTo("priority/broken.drl");
            assertThat(p.getInt("line")).isEqualTo(5);
        });

        Api.Reply refused = activate(proposed.getJsonNumber("number").longValue(), "please");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).contains("does not compile");
    }

    @Test
    void aVersionFailingScenariosActivatesOnlyWithAWrittenReasonWhichIsRecorded() {
        JsonObject proposed = propose(RulesTree.chargesToComercial(false), "charges to Comercial, scenarios as before");
        long number = proposed.getJsonNumber("number").longValue();

        assertThat(proposed.getBoolean("valid")).isTrue();
        assertThat(proposed.getBoolean("green")).isFalse();
        assertThat(proposed.getJsonArray("scenarioFailures").getValuesAs(JsonObject.class))
                .anySatisfy(f -> {
                    assertThat(f.getString("file")).isEqualTo("scenarios/intake.csv");
                    assertThat(f.getString("field")).isEqualTo("expected_department");
                    assertThat(f.getString("actual")).isEqualTo("Comercial");
                });
        assertThat(activate(number, null).status()).isEqualTo(409);
        assertThat(activate(number, " ").status()).isEqualTo(409);

        Api.Reply overridden = activate(number, "Financeiro is closed this week");

        assertThat(overridden.status()).isEqualTo(200);
        JsonObject override = api.get("api/rulesets/" + number).json().getJsonObject("override");
        assertThat(override.getString("reason")).isEqualTo("Financeiro is closed this week");
        // Recorded for the signed-in user alone: the name the request gave is ignored.
        assertThat(override.getString("by")).isEqualTo(Api.DEFAULT_USER);
    }

    @Test
    void simulatesAComplaintWithTheRulesThatFiredWithoutOpeningACase() {
        String marker = "simul" + UUID.randomUUID().toString().replace("-", "");
        String sample = """
                {"subject": "Cobrança indevida", "description": "Vou ao Procon. %s", "channel": "EMAIL",
                 "earlierOpenCases": 0, "customerSegment": "VIP"}
                """.formatted(marker);

        Api.Reply simulated = api.postJson("api/rules/simulate", sample);

        assertThat(simulated.status()).isEqualTo(200);
        JsonObject result = simulated.json();
        assertThat(result.getString("ruleSetVersion")).startsWith("v" + activeBefore + " sha256:");
        assertThat(result.getJsonObject("decision").getString("priority")).isEqualTo("P1");
        assertThat(result.getJsonArray("firedRules").getValuesAs(JsonString::getString))
                .contains("Reclamações que citam o Procon são P1");
        assertThat(result.getJsonArray("ruleSets").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("ruleSet"))
                .containsExactly("classification", "ownership", "priority", "sla");
        JsonObject priority = result.getJsonArray("ruleSets").getJsonObject(2);
        assertThat(priority.getJsonObject("decided").getString("priority")).isEqualTo("P1");
        assertThat(priority.getJsonArray("firedRules").getValuesAs(JsonString::getString))
                .contains("Reclamações que citam o Procon são P1");
        assertThat(api.get("api/cases?q=" + marker).jsonArray()).isEmpty();

        Api.Reply atVersion = api.postJson("api/rules/simulate?version=" + activeBefore, sample);
        assertThat(atVersion.json().getJsonArray("firedRules")).isEqualTo(result.getJsonArray("firedRules"));
    }

    @Test
    void anUnknownVersionIsNotFoundAndAnythingButAZipIsABadRequest() {
        Api.Reply missing = api.get("api/rulesets/999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(activate(999_999, null).status()).isEqualTo(404);

        Api.Reply bad = api.postBytes("api/rulesets", "application/zip", "no zip".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
    }

    @Test
    void reloadingTheRulesDirectoryActivatesItOnceAndThenFindsItUnchanged() {
        String diskChecksum = org.triagem.infrastructure.rules.RuleSetFiles
                .readFrom(java.nio.file.Path.of(System.getProperty("triagem.rules.dir", "rules"))).checksum();

        Api.Reply first = api.postJson("api/rulesets/reload-from-disk?actor=it-developer", "{}");
        Api.Reply again = api.postJson("api/rulesets/reload-from-disk?actor=it-developer", "{}");

        // The first reload proposes the directory unless the active version already is it.
        assertThat(first.status()).as(first.body()).isIn(200, 201);
        assertThat(first.json().getString("checksum")).isEqualTo(diskChecksum);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().getJsonNumber("number")).isEqualTo(first.json().getJsonNumber("number"));
        assertThat(again.json().getBoolean("active")).isTrue();
    }

    @Test
    void swappingVersionsWhileComplaintsArriveFailsNoneAndEachCaseHasOneOfTheTwoVersions() throws Exception {
        String labelA = api.get("api/rulesets/" + activeBefore).json().getString("label");
        JsonObject b = propose(RulesTree.chargesToComercial(true), "charges to Comercial");
        long numberB = b.getJsonNumber("number").longValue();
        String labelB = b.getString("label");

        AtomicBoolean posting = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<Api.Reply>> posted = new ArrayList<>();
        try {
            Future<Integer> swaps = pool.submit(() -> {
                int n = 0;
                while (posting.get()) {
                    assertThat(activate(n % 2 == 0 ? numberB : activeBefore, null).status()).isEqualTo(200);
                    n++;
                }
                return n;
            });
            for (int i = 0; i < 50; i++) {
                posted.add(pool.submit(() -> api.postJson("api/intake/webform", CHARGE.formatted(UUID.randomUUID()))));
            }
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> reply : posted) {
                replies.add(reply.get(60, TimeUnit.SECONDS));
            }
            posting.set(false);
            assertThat(swaps.get(60, TimeUnit.SECONDS)).isPositive();

            assertThat(replies).extracting(Api.Reply::status).containsOnly(201);
            for (Api.Reply reply : replies) {
                JsonObject routed = api.get("api/cases/" + reply.json().getString("protocol")).json();
                String label = routed.getJsonObject("routing").getString("ruleSetVersion");
                assertThat(label).isIn(labelA, labelB);
                // Each case was decided wholly by one version: its department matches its label.
                assertThat(routed.getString("department")).isEqualTo(label.equals(labelB) ? "Comercial" : "Financeiro");
            }
        } finally {
            posting.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static final String BOUNDARY = "triagem-it-boundary";
    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    /** One part of a multipart upload; a browser's file input sends the file's bare name. */
    private record Upload(String field, String fileName, byte[] content) {
    }

    private static byte[] multipart(Upload... uploads) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Upload u : uploads) {
            String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + u.field() + "\""
                    + (u.fileName() == null ? "" : "; filename=\"" + u.fileName() + "\"")
                    + "\r\nContent-Type: application/octet-stream\r\n\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(u.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private JsonObject propose(RulesTree tree, String comment) {
        Api.Reply reply = api.postBytes("api/rulesets?author=it-analyst&comment="
                + java.net.URLEncoder.encode(comment, StandardCharsets.UTF_8), "application/zip", tree.zip());
        // The same tree proposed by an earlier test answers the version it made (RuleSetGateIT).
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        if (reply.status() == 201) {
            assertThat(reply.location()).endsWith("/api/rulesets/" + reply.json().getJsonNumber("number"));
        }
        return reply.json();
    }

    private Api.Reply activate(long number, String overrideReason) {
        String reason = overrideReason == null ? "null" : "\"" + overrideReason + "\"";
        return api.postJson("api/rulesets/" + number + "/activate",
                "{\"actor\": \"it-analyst\", \"overrideReason\": " + reason + "}");
    }

    private JsonObject caseFor(String complaint) {
        Api.Reply created = api.postJson("api/intake/webform", complaint);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return api.get("api/cases/" + created.json().getString("protocol")).json();
    }
}

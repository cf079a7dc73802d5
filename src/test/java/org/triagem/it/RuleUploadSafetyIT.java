package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: an analyst's upload cannot run code on the server. The probe of the issue and twenty more
 * escape attempts (DRL, CSV and XLSX cells, template rows) go through the real API as an analyst; each
 * must be stored refused, with the problem in the answer, must not simulate, and must not have run:
 * every attempt tries to write its own canary file, which must never appear.
 */
class RuleUploadSafetyIT extends DeployedTriagem {

    private static final String SAMPLE = """
            {"subject": "zz-probe", "description": "Cobrança indevida, vou ao Procon", "channel": "EMAIL",
             "categoryHint": "Cobrança", "earlierOpenCases": 3}
            """;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theProbeOfIssue16IsRefusedNamingTheCallAndNeverRuns() {
        Path canary = Path.of("/tmp/triagem-canary-" + run + "-0");
        RulesTree tree = RulesTree.current().with("classification/probe.drl", """
                package classification;
                import org.triagem.domain.model.routing.*;
                rule "probe" when Complaint(subject == "zz-probe") $d : Decision()
                then $d.tag("user=" + System.getProperty("user.name") + ";host=" + java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).strip());
                java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "ran"); end
                """.formatted(canary));

        JsonObject refused = propose(tree.zip(), "probe");

        assertThat(refused.getBoolean("valid")).isFalse();
        assertThat(problems(refused)).anySatisfy(p -> {
            assertThat(p.getString("file")).isEqualTo("classification/probe.drl");
            assertThat(p.getInt("line")).isEqualTo(4);
            assertThat(p.getString("message")).contains("System.getProperty");
        });
        assertThat(simulate(refused).status()).isEqualTo(409);
        assertNeverWritten(List.of(canary));
    }

    @Test
    void twentyEscapeAttemptsAreEachRefusedAndNoneRuns() {
        List<UploadAttempts.Attempt> attempts = new UploadAttempts(run).all();
        assertThat(attempts).hasSize(20);

        SoftAssertions softly = new SoftAssertions();
        for (UploadAttempts.Attempt attempt : attempts) {
            JsonObject answer = propose(attempt.tree().zip(), attempt.name());
            softly.assertThat(answer.getBoolean("valid")).as(attempt.name() + " is invalid").isFalse();
            softly.assertThat(problems(answer)).as(attempt.name() + " names its file")
                    .anySatisfy(p -> assertThat(p.getString("file")).isEqualTo(attempt.file()));
            softly.assertThat(simulate(answer).status()).as(attempt.name() + " does not simulate").isEqualTo(409);
        }
        softly.assertAll();
        assertNeverWritten(attempts.stream().map(UploadAttempts.Attempt::canary).toList());
    }

    @Test
    void aSingleFileUploadIsCheckedLikeAZip() {
        Path canary = Path.of("/tmp/triagem-canary-" + run + "-21");
        String drl = """
                package ownership;
                import org.triagem.domain.model.routing.Decision;
                rule "Tentativa por arquivo" when $d : Decision() then
                    java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "ran");
                end
                """.formatted(canary);
        String boundary = "triagem-it-" + run;
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"ownership/vip.drl\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + drl + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);

        Api.Reply reply = api.as("ana").postBytes("api/rulesets?comment=arquivo", "multipart/form-data; boundary="
                + boundary, body);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(problems(reply.json())).anySatisfy(p -> {
            assertThat(p.getString("file")).isEqualTo("ownership/vip.drl");
            assertThat(p.getString("message")).contains("java.nio.file.Files.writeString");
        });
        assertThat(simulate(reply.json()).status()).isEqualTo(409);
        assertNeverWritten(List.of(canary));
    }

    private JsonObject propose(byte[] zip, String comment) {
        Api.Reply reply = api.as("ana").postBytes("api/rulesets?comment="
                + java.net.URLEncoder.encode(comment, StandardCharsets.UTF_8), "application/zip", zip);
        assertThat(reply.status()).as(comment + ": " + reply.body()).isEqualTo(201);
        return reply.json();
    }

    private Api.Reply simulate(JsonObject version) {
        return api.as("ana").postJson("api/rules/simulate?version=" + version.getJsonNumber("number"), SAMPLE);
    }

    private static List<JsonObject> problems(JsonObject version) {
        return version.getJsonArray("problems").getValuesAs(JsonObject.class);
    }

    /** A thread an attempt started could write late: the canaries must stay absent for a while. */
    private static void assertNeverWritten(List<Path> canaries) {
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> canaries.stream().noneMatch(Files::exists));
    }
}

package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gate a rule-set version passes cannot be shrunk by what is uploaded: the server's scenarios (the
 * active version's) run whatever the zip brings, the escalation rules have scenarios of their own, the same
 * content never makes a second version, and the version list says who really proposed and activated and why.
 */
class RuleSetGateIT extends DeployedTriagem {

    private long activeBefore;

    @BeforeEach
    void rememberTheActiveVersion() {
        activeBefore = activeVersion();
    }

    @AfterEach
    void putItBack() {
        if (activeVersion() != activeBefore) {
            assertThat(api.postJson("api/rulesets/" + activeBefore + "/activate",
                    "{\"overrideReason\": \"restoring the version active before the test\"}").status()).isEqualTo(200);
        }
    }

    @Test
    void aZipWithoutTheServerScenariosStillRunsThemSoABreakingChangeStaysRed() {
        JsonObject bare = propose(RulesTree.chargesToComercial(false).without("scenarios/"), "sem cenários");

        assertThat(bare.getBoolean("valid")).isTrue();
        assertThat(bare.getBoolean("green")).isFalse();
        assertThat(failures(bare)).anySatisfy(f -> {
            assertThat(f.getString("file")).isEqualTo("scenarios/intake.csv");
            assertThat(f.getString("field")).isEqualTo("expected_department");
            assertThat(f.getString("expected")).isEqualTo("Financeiro");
            assertThat(f.getString("actual")).isEqualTo("Comercial");
        });
        assertThat(bare.getJsonArray("removedScenarios")).isEmpty();
    }

    @Test
    void anEmptiedScenarioFileStillRunsEveryServerScenarioOfIt() {
        RulesTree emptied = RulesTree.chargesToComercial(false).with("scenarios/intake.csv",
                "name,channel,subject,description,category_hint,ivr_choice,earlier_open_cases,segment,"
                        + "customer_identified,expected_category,expected_department,expected_priority,"
                        + "expected_first_response_minutes,expected_resolution_minutes,expected_legal_days,expected_tags\n")
                .with("scenarios/phone.csv", "").with("scenarios/survey.csv", "").with("scenarios/escalation.csv", "");

        JsonObject version = propose(emptied, "cenários esvaziados");

        assertThat(version.getBoolean("green")).isFalse();
        assertThat(failures(version)).extracting(f -> f.getString("actual")).contains("Comercial");
    }

    @Test
    void aBrokenEscalationRuleFailsTheServersEscalationScenariosAndTheVersionIsRed() {
        RulesTree slower = RulesTree.current().without("scenarios/").edit("escalation/escalation.drl",
                t -> t.replace("clock == CheckpointClock.LEGAL, percentElapsed >= 80, !isWith",
                        "clock == CheckpointClock.LEGAL, percentElapsed >= 90, !isWith"));

        JsonObject version = propose(slower, "prazo legal só a 90%");

        assertThat(version.getBoolean("valid")).isTrue();
        assertThat(version.getBoolean("green")).isFalse();
        assertThat(failures(version)).isNotEmpty().allSatisfy(f ->
                assertThat(f.getString("file")).isEqualTo("scenarios/escalation.csv"));
        assertThat(failures(version)).anySatisfy(f -> {
            assertThat(f.getString("field")).isEqualTo("expected_department");
            assertThat(f.getString("expected")).isEqualTo("Ouvidoria");
            assertThat(f.getString("actual")).isEqualTo("Comercial");
        });
    }

    @Test
    void droppingAServerScenarioNeedsItsNameAndAReasonAndTheVersionShowsBoth() {
        RulesTree tree = RulesTree.current().without("scenarios/");
        String scenario = "Pergunta sobre preço de plano";

        Api.Reply noReason = api.as("ana").postBytes("api/rulesets?removedScenarios=" + encode(scenario),
                "application/zip", tree.zip());
        Api.Reply unknown = api.as("ana").postBytes("api/rulesets?removedScenarios=" + encode("Pergunta que não existe")
                + "&removalReason=teste", "application/zip", tree.zip());

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.contentType()).startsWith("application/problem+json");
        assertThat(noReason.json().getString("detail")).contains("escreva o motivo").contains(scenario);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().getString("detail")).contains("Pergunta que não existe");

        Api.Reply dropped = api.as("ana").postBytes("api/rulesets?removedScenarios=" + encode(scenario)
                + "&removalReason=" + encode("O plano família saiu de linha"), "application/zip", tree.zip());
        assertThat(dropped.status()).as(dropped.body()).isIn(200, 201);
        long number = dropped.json().getJsonNumber("number").longValue();

        JsonObject detail = api.get("api/rulesets/" + number).json();
        assertThat(detail.getJsonArray("removedScenarios").getValuesAs(JsonString::getString))
                .containsExactly("scenarios/intake.csv: " + scenario);
        assertThat(detail.getString("scenarioRemovalReason")).isEqualTo("O plano família saiu de linha");
        assertThat(detail.getBoolean("green")).isTrue();
    }

    @Test
    void theSameZipTwiceMakesOneVersionAndTheSecondAnswerSaysSo() {
        RulesTree tree = RulesTree.current().with("scenarios/gate-" + UUID.randomUUID() + ".csv",
                "name,channel,description,expected_department\nProcon,EMAIL,Vou ao Procon,Ouvidoria\n");
        int versionsBefore = api.get("api/rulesets").jsonArray().size();

        Api.Reply first = api.as("ana").postBytes("api/rulesets?comment=primeira", "application/zip", tree.zip());
        Api.Reply second = api.as("ana").postBytes("api/rulesets?comment=segunda", "application/zip", tree.zip());

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().getBoolean("identical")).isFalse();
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        long number = first.json().getJsonNumber("number").longValue();
        assertThat(second.json().getJsonNumber("number").longValue()).isEqualTo(number);
        assertThat(second.json().getBoolean("identical")).isTrue();
        assertThat(second.json().getString("message"))
                .isEqualTo("Conteúdo idêntico à versão v" + number + "; nenhuma versão nova criada.");
        assertThat(second.json().getString("comment")).isEqualTo("primeira");
        assertThat(api.get("api/rulesets").jsonArray()).hasSize(versionsBefore + 1);
        assertThat(api.speaking("en").as("ana").postBytes("api/rulesets", "application/zip", tree.zip()).json()
                .getString("message")).isEqualTo("Identical content to version v" + number + "; no new version was created.");
    }

    @Test
    void theVersionListRecordsTheSignedInUserNotTheNameSentAndShowsTheOverrideReason() {
        RulesTree red = RulesTree.chargesToComercial(false).with("scenarios/gate-" + UUID.randomUUID() + ".csv",
                "name,channel,description,expected_department\nProcon,EMAIL,Vou ao Procon,Ouvidoria\n");
        Api.Reply proposed = api.as("ana").postBytes("api/rulesets?author=mallory&comment=actor", "application/zip",
                red.zip());
        long number = proposed.json().getJsonNumber("number").longValue();

        Api.Reply activated = api.as("ana").postJson("api/rulesets/" + number + "/activate",
                "{\"actor\": \"mallory\", \"overrideReason\": \"Financeiro em greve nesta semana\"}");

        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
        JsonObject listed = api.get("api/rulesets").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getJsonNumber("number").longValue() == number).findFirst().orElseThrow();
        assertThat(listed.getString("author")).isEqualTo("ana");
        assertThat(listed.getString("lastActivatedBy")).isEqualTo("ana");
        assertThat(listed.getJsonObject("override").getString("reason")).isEqualTo("Financeiro em greve nesta semana");
        assertThat(listed.getJsonObject("override").getString("by")).isEqualTo("ana");
    }

    private JsonObject propose(RulesTree tree, String comment) {
        Api.Reply reply = api.as("ana").postBytes("api/rulesets?comment=" + encode(comment), "application/zip",
                tree.zip());
        // 200 when this very tree was proposed before (a rerun against the same database).
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return reply.json();
    }

    private static List<JsonObject> failures(JsonObject version) {
        return version.getJsonArray("scenarioFailures").getValuesAs(JsonObject.class);
    }

    private long activeVersion() {
        return api.get("api/rulesets").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getBoolean("active")).mapToLong(v -> v.getJsonNumber("number").longValue())
                .findFirst().orElseThrow();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

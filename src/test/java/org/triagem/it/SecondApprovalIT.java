package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.triagem.it.node.LibertyNode;

/**
 * A server that asks for a second approval ({@code triagem.rules.second-approval=true}, a Liberty variable
 * in its configuration): a red version goes live only once an analyst other than its proposer approves it.
 * The suite's own server keeps the default (off), so this runs on a node of its own, with its own embedded
 * database and the demo users of the IT server.
 */
class SecondApprovalIT {

    @Test
    void theProposerCannotApproveTheirOwnRedVersionAnotherAnalystCanAndThenItActivates() throws Exception {
        try (LibertyNode node = node()) {
            node.startAndAwaitReady();
            Api ana = new Api(node.baseUri()).as("ana");
            Api artur = ana.as("artur");
            await().atMost(Duration.ofSeconds(120)).until(() -> ana.get("api/rulesets").status() == 200
                    && ana.get("api/rulesets").jsonArray().size() > 0);

            Api.Reply proposed = ana.postBytes("api/rulesets?comment=cobran%C3%A7a+no+Comercial", "application/zip",
                    RulesTree.chargesToComercial(false).with("scenarios/approval-" + UUID.randomUUID() + ".csv",
                            "name,channel,description,expected_department\nProcon,EMAIL,Vou ao Procon,Ouvidoria\n").zip());
            assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
            assertThat(proposed.json().getBoolean("green")).isFalse();
            String number = proposed.json().getJsonNumber("number").toString();
            String activation = "{\"overrideReason\": \"Financeiro em greve nesta semana\"}";

            Api.Reply unapproved = ana.postJson("api/rulesets/" + number + "/activate", activation);
            assertThat(unapproved.status()).isEqualTo(409);
            assertThat(unapproved.contentType()).startsWith("application/problem+json");
            assertThat(unapproved.json().getString("title")).isEqualTo("Falta a aprovação de outro analista");
            assertThat(unapproved.json().getString("detail")).contains("v" + number).contains("outro analista");

            Api.Reply ownApproval = ana.postJson("api/rulesets/" + number + "/approve", "{}");
            assertThat(ownApproval.status()).isEqualTo(409);
            assertThat(ownApproval.json().getString("detail"))
                    .isEqualTo("Você propôs a versão v" + number + "; a aprovação precisa ser de outro analista.");

            Api.Reply approved = artur.postJson("api/rulesets/" + number + "/approve", "{}");
            assertThat(approved.status()).as(approved.body()).isEqualTo(200);
            assertThat(approved.json().getJsonObject("approval").getString("by")).isEqualTo("artur");

            Api.Reply activated = ana.postJson("api/rulesets/" + number + "/activate", activation);
            assertThat(activated.status()).as(activated.body()).isEqualTo(200);
            JsonObject listed = ana.get("api/rulesets").jsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(v -> v.getJsonNumber("number").toString().equals(number)).findFirst().orElseThrow();
            assertThat(listed.getBoolean("active")).isTrue();
            assertThat(listed.getJsonObject("approval").getString("by")).isEqualTo("artur");
            assertThat(listed.getJsonObject("override").getString("by")).isEqualTo("ana");
            assertThat(listed.getJsonObject("override").getString("reason")).isEqualTo("Financeiro em greve nesta semana");
        }
    }

    private static LibertyNode node() throws IOException {
        LibertyNode node = LibertyNode.named("approval-" + Integer.getInteger("it.node.http.port", 9095)).index(0)
                .variable("triagem.rules.second-approval", "true")
                .variable("triagem.auth", "dev")
                .variable("triagem.mail.enabled", "false")
                .jvmOption("-XX:TieredStopAtLevel=1")
                .readyTimeout(Duration.ofSeconds(Long.getLong("it.node.ready.seconds", 600)))
                .create();
        // The demo users (ana, artur: analysts), as the IT server has them.
        Path auth = Files.createDirectories(node.serverDirectory().resolve("auth"));
        try (Stream<Path> files = Files.list(Path.of("src/main/liberty/config/auth"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, auth.resolve(f.getFileName()));
            }
        }
        return node;
    }
}

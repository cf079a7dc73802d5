package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.it.StaffCases.etag;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: departments, resolution codes and root causes are managed lists. Admins edit them with an
 * audit trail; a transfer, a resolution or an uploaded rule naming something outside them is refused
 * with the accepted values; a routing decision naming a department outside them still opens the case,
 * in the fallback department, saying why.
 */
class CatalogueIT extends DeployedTriagem {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anAdminAddsRelabelsAndRetiresAnEntryAndTheHistoryShowsWhoWhenBeforeAndAfter() {
        Api admin = api.as("admin");
        String code = "it-" + run;

        Api.Reply added = admin.postJson("api/catalogues/root-causes",
                "{\"code\": \"" + code + "\", \"label\": \"Causa de teste\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.location()).endsWith("/api/catalogues/root-causes/" + code);
        assertThat(admin.putJson("api/catalogues/root-causes/" + code,
                "{\"label\": \"Causa de teste renomeada\", \"labelEn\": \"Test cause\"}").status()).isEqualTo(200);
        assertThat(admin.postJson("api/catalogues/root-causes/" + code + "/retire", "{}").json()
                .getBoolean("retired")).isTrue();

        List<JsonObject> history = api.as("fabio").get("api/catalogues/root-causes/history?limit=20").jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("code").equals(code)).toList();
        assertThat(history).extracting(c -> c.getString("action")).containsExactly("RETIRED", "RELABELLED", "ADDED");
        assertThat(history).allSatisfy(c -> {
            assertThat(c.getString("actor")).isEqualTo("admin");
            assertThat(c.getString("at")).isNotBlank();
        });
        assertThat(history.get(0).getJsonNumber("revision").longValue())
                .isEqualTo(history.get(1).getJsonNumber("revision").longValue() + 1);
        JsonObject relabelled = history.get(1);
        assertThat(relabelled.getJsonObject("before").getString("label")).isEqualTo("Causa de teste");
        assertThat(relabelled.getJsonObject("after").getString("label")).isEqualTo("Causa de teste renomeada");
        assertThat(relabelled.getJsonObject("after").getString("labelEn")).isEqualTo("Test cause");
        assertThat(history.get(0).getJsonObject("after").getBoolean("retired")).isTrue();
        assertThat(history.get(2).containsKey("before")).isFalse();

        assertThat(codes(api.get("api/catalogues/root-causes").json())).doesNotContain(code).contains("cobranca-duplicada");
        assertThat(codes(api.get("api/catalogues/root-causes?includeRetired=true").json())).contains(code);
        // retired, so no longer accepted on a case
        String protocol = StaffCases.financeiro(api);
        assertThat(api.as("fabio").act(protocol, "resolve", etag(api, protocol),
                "{\"resolutionCode\": \"ESTORNO\", \"rootCause\": \"" + code + "\"}").status()).isEqualTo(422);
    }

    @Test
    void staffReadTheListsButOnlyAnAdminChangesThem() {
        assertThat(codes(api.as("fabio").get("api/catalogues/departments").json()))
                .contains("Financeiro", "Logística", "Ouvidoria", "Suporte Técnico");
        assertThat(api.as("ana").get("api/catalogues/resolution-codes").status()).isEqualTo(200);

        String body = "{\"code\": \"nao-" + run + "\", \"label\": \"Não\"}";
        assertThat(api.as("fabio").postJson("api/catalogues/departments", body).status()).isEqualTo(403);
        assertThat(api.as("sofia").postJson("api/catalogues/departments", body).status()).isEqualTo(403);
        assertThat(api.as("sofia").postJson("api/catalogues/departments/Comercial/retire", "{}").status())
                .isEqualTo(403);
        assertThat(api.as("fabio").putJson("api/catalogues/departments/Comercial", "{\"label\": \"X\"}").status())
                .isEqualTo(403);
        assertThat(api.as("integra").get("api/catalogues/departments").status()).isEqualTo(403);
        assertThat(api.anonymous().get("api/catalogues/departments").status()).isEqualTo(401);
        assertThat(codes(api.get("api/catalogues/departments?includeRetired=true").json())).doesNotContain("nao-" + run);
    }

    @Test
    void badEditsAreProblemsNamingWhatIsWrong() {
        Api admin = api.as("admin");
        Api.Reply comma = admin.postJson("api/catalogues/departments", "{\"code\": \"A,B\", \"label\": \"AB\"}");
        assertThat(comma.status()).isEqualTo(400);
        assertThat(comma.contentType()).startsWith("application/problem+json");
        assertThat(comma.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("code");
        Api.Reply twice = admin.postJson("api/catalogues/departments", "{\"code\": \"financeiro\", \"label\": \"F\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(admin.postJson("api/catalogues/departments/Atendimento/retire", "{}").status()).isEqualTo(409);
        assertThat(admin.putJson("api/catalogues/departments/Logistica", "{\"label\": \"L\"}").status()).isEqualTo(404);
        assertThat(admin.get("api/catalogues/agents").status()).isEqualTo(404);
    }

    @Test
    void aTransferToLogisticaWithoutItsAccentIs422ListingTheKnownDepartmentsAndTheCaseStays() {
        String protocol = StaffCases.financeiro(api);
        Api fabio = api.as("fabio");

        Api.Reply refused = fabio.act(protocol, "transfer", etag(fabio, protocol),
                "{\"department\": \"Logistica\", \"reason\": \"é sobre a entrega\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonObject problem = refused.json();
        assertThat(problem.getString("type")).endsWith("/not-in-catalogue");
        assertThat(problem.getJsonArray("knownDepartments").getValuesAs(JsonString::getString))
                .contains("Logística", "Financeiro", "Ouvidoria").doesNotContain("Logistica");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("department");
        // Said in pt-BR by default, like every problem; in English when asked.
        assertThat(problem.getString("title")).isEqualTo("Fora da lista");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message"))
                .startsWith("\"Logistica\" não está na lista");
        Api.Reply inEnglish = fabio.postWithHeaders("api/cases/" + protocol + "/actions/transfer", "application/json",
                java.util.Map.of("If-Match", etag(fabio, protocol), "Accept-Language", "en"),
                "{\"department\": \"Logistica\", \"reason\": \"é sobre a entrega\"}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(inEnglish.json().getString("title")).isEqualTo("Not in the managed list");
        JsonObject after = fabio.get("api/cases/" + protocol).json();
        assertThat(after.getString("department")).isEqualTo("Financeiro");
        assertThat(after.getJsonArray("history").toString()).doesNotContain("TRANSFERRED");

        // the same department in another case is the list's
        Api.Reply moved = fabio.act(protocol, "transfer", etag(fabio, protocol),
                "{\"department\": \"LOGÍSTICA\", \"reason\": \"é sobre a entrega\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().getString("department")).isEqualTo("Logística");
    }

    @Test
    void aResolutionWithAnUnknownCodeIs422ListingTheKnownCodesAndAKnownOneIsStoredAsTheListSpellsIt() {
        String protocol = StaffCases.financeiro(api);
        Api fabio = api.as("fabio");

        Api.Reply refused = fabio.act(protocol, "resolve", etag(fabio, protocol),
                "{\"resolutionCode\": \"RESOLVIDO\", \"rootCause\": \"cobranca-duplicada\"}");

        assertThat(refused.status()).isEqualTo(422);
        JsonObject problem = refused.json();
        assertThat(problem.getJsonArray("knownResolutionCodes").getValuesAs(JsonString::getString))
                .contains("ESTORNO", "ORIENTACAO", "first-contact");
        assertThat(problem.containsKey("knownRootCauses")).isFalse();
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("resolutionCode");

        Api.Reply resolved = fabio.act(protocol, "resolve", etag(fabio, protocol),
                "{\"resolutionCode\": \"estorno\", \"rootCause\": \"COBRANCA-DUPLICADA\"}");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.json().getJsonObject("resolution").getString("code")).isEqualTo("ESTORNO");
        assertThat(resolved.json().getJsonObject("resolution").getString("rootCause")).isEqualTo("cobranca-duplicada");
    }

    @Test
    void anUploadRoutingDeliveriesToADepartmentNotInTheListIsRefusedNamingTheFileAndRow() {
        RulesTree tree = RulesTree.current().edit("ownership/ownership.drl.csv",
                t -> t.replace(",,Entrega,,Logística", ",,Entrega,,Logistica"));

        Api.Reply reply = api.as("ana").postBytes("api/rulesets?comment=" + URLEncoder.encode("logistica sem acento",
                StandardCharsets.UTF_8), "application/zip", tree.zip());

        // 200 when an earlier run against the same database proposed the very same tree.
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        JsonObject version = reply.json();
        assertThat(version.getBoolean("valid")).isFalse();
        assertThat(version.getJsonArray("problems").getValuesAs(JsonObject.class)).singleElement().satisfies(p -> {
            assertThat(p.getString("file")).isEqualTo("ownership/ownership.drl.csv");
            assertThat(p.getInt("line")).isEqualTo(19);
            assertThat(p.getString("message")).contains("linha 19").contains("\"Logistica\"").contains("Logística");
        });
    }

    @Test
    void anIntakeTheRulesRouteToARetiredDepartmentStillOpensACaseInTheFallbackDepartmentSayingWhy() {
        Api admin = api.as("admin");
        assertThat(admin.postJson("api/catalogues/departments/Comercial/retire", "{}").status()).isEqualTo(200);
        try {
            // rules/scenarios/intake.csv: a question about a plan's price goes to Comercial
            String protocol = StaffCases.open(api, "Promoção", "Gostaria de saber o preço do plano família.");

            JsonObject opened = admin.get("api/cases/" + protocol).json();
            assertThat(opened.getString("department")).isEqualTo("Atendimento");
            JsonObject routing = opened.getJsonObject("routing");
            assertThat(routing.getBoolean("fallback")).isTrue();
            assertThat(routing.getString("fallbackReason")).contains("\"Comercial\"")
                    .contains("not in the list of departments");
            assertThat(opened.getJsonArray("tags").getValuesAs(JsonString::getString)).contains("rules_error");
        } finally {
            assertThat(admin.postJson("api/catalogues/departments/Comercial/reinstate", "{}").status()).isEqualTo(200);
        }
    }

    private static List<String> codes(JsonObject list) {
        return list.getJsonArray("entries").getValuesAs(JsonObject.class).stream().map(e -> e.getString("code"))
                .toList();
    }
}

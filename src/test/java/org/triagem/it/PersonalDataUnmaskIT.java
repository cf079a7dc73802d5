package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, need to know: staff see a customer's email, phone and CPF masked. An agent who needs one in
 * full reveals that field of that case with a reason; without a reason it is refused in Portuguese, with
 * one it is answered, never cached, and recorded in the case's history and in the data protection
 * officer's list. Staff of another department cannot reveal anything, and only the DPO (or an admin)
 * reads the list.
 */
class PersonalDataUnmaskIT extends DeployedTriagem {

    private String financeiroCase(String email, String phone, String cpf) {
        String json = Json.createObjectBuilder().add("subject", "Cobrança indevida")
                .add("description", "Fui cobrado duas vezes pela mesma compra no cartão.").add("email", email)
                .add("phone", phone).add("cpf", cpf).add("name", "Maria Canário").build().toString();
        Api.Reply created = api.anonymous().postJson("api/intake/webform", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("protocol");
    }

    private static String reason(String why) {
        return Json.createObjectBuilder().add("reason", why).build().toString();
    }

    @Test
    void anUnmaskWithoutAReasonIsRefusedAndOneWithAReasonIsAnsweredAndAudited() {
        String email = "unmask-" + UUID.randomUUID() + "@example.com";
        String cpf = TestCpfs.random();
        String protocol = financeiroCase(email, "+55 11 98888-7777", cpf);
        Api fabio = api.as("fabio");

        JsonObject seen = fabio.get("api/cases/" + protocol).json().getJsonObject("customer");
        assertThat(seen.getString("email")).isNotEqualTo(email).doesNotContain(email.substring(0, 20));
        assertThat(seen.getString("cpf")).startsWith("***.");

        Api.Reply refused = fabio.postJson("api/cases/" + protocol + "/personal-data/email", reason("  "));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).contains("Diga por que precisa ver").doesNotContain(email);
        Api.Reply noBody = fabio.postJson("api/cases/" + protocol + "/personal-data/cpf", "{}");
        assertThat(noBody.status()).isEqualTo(422);

        Api.Reply shown = fabio.postJson("api/cases/" + protocol + "/personal-data/email",
                reason("Reenviar a resposta que voltou do servidor de e-mail"));
        assertThat(shown.status()).as(shown.body()).isEqualTo(200);
        assertThat(shown.json().getString("value")).isEqualTo(email);
        assertThat(shown.header("Cache-Control")).contains("no-store");
        Api.Reply cpfShown = fabio.postJson("api/cases/" + protocol + "/personal-data/cpf",
                reason("Conferir o cadastro antes do estorno"));
        assertThat(cpfShown.json().getString("value").replaceAll("\\D", "")).isEqualTo(cpf);

        JsonObject history = fabio.get("api/cases/" + protocol).json();
        assertThat(history.getJsonArray("history").getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("type").equals("PERSONAL_DATA_UNMASKED")).hasSize(2)
                .allSatisfy(e -> {
                    assertThat(e.getString("actor")).isEqualTo("fabio");
                    assertThat(e.toString()).doesNotContain(email).doesNotContain(cpf);
                })
                .anySatisfy(e -> assertThat(e.getJsonObject("params").getString("field")).isEqualTo("email"));

        Api.Reply audit = api.as("dora").get("api/privacy/unmaskings");
        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        assertThat(audit.jsonArray().getValuesAs(JsonObject.class))
                .filteredOn(u -> u.getString("protocol").equals(protocol))
                .extracting(u -> u.getString("field") + " " + u.getString("actor") + " " + u.getString("reason")
                        + " " + u.getString("department"))
                .containsExactly("cpf fabio Conferir o cadastro antes do estorno Financeiro",
                        "email fabio Reenviar a resposta que voltou do servidor de e-mail Financeiro");
    }

    @Test
    void staffOfAnotherDepartmentCannotRevealAndOnlyTheDpoReadsTheList() {
        String protocol = financeiroCase("outro-" + UUID.randomUUID() + "@example.com", "+55 21 97777-6666",
                TestCpfs.random());

        Api.Reply stranger = api.as("lucas").postJson("api/cases/" + protocol + "/personal-data/phone",
                reason("Quero ligar para a cliente agora"));
        assertThat(stranger.status()).isEqualTo(404);
        Api.Reply unknownField = api.as("fabio").postJson("api/cases/" + protocol + "/personal-data/renda",
                reason("Quero ligar para a cliente agora"));
        assertThat(unknownField.status()).isEqualTo(404);

        assertThat(api.as("fabio").get("api/privacy/unmaskings").status()).isEqualTo(403);
        assertThat(api.as("ana").get("api/privacy/unmaskings").status()).isEqualTo(403);
        assertThat(api.as("admin").get("api/privacy/unmaskings").status()).isEqualTo(200);
        assertThat(api.as("dora").get("api/privacy/unmaskings?from=ontem").status()).isEqualTo(400);
    }
}

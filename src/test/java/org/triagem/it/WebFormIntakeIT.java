package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.ProtocolNumber;

/** A complaint posted over HTTP goes through Camel and Drools and is read back as a routed case. */
class WebFormIntakeIT extends DeployedTriagem {

    @Test
    void routesAChargeComplaintToFinanceiroAndExplainsWhy() {
        // a customer of her own, so that cases left by earlier runs do not make this a repeat complaint
        String email = "maria-" + UUID.randomUUID() + "@example.com";
        String cpf = TestCpfs.random();
        Api.Reply created = api.postJson("api/intake/webform", """
                {"name": "Maria Souza", "email": "%s", "cpf": "%s",
                 "subject": "Cobrança indevida", "description": "Fui cobrada duas vezes pela mesma compra."}
                """.formatted(email, cpf));

        assertThat(created.status()).isEqualTo(201);
        String protocol = created.json().getString("protocol");
        assertThat(ProtocolNumber.isValid(protocol)).isTrue();
        assertThat(created.location()).endsWith("/api/cases/" + protocol);

        JsonObject routed = api.get("api/cases/" + protocol).json();
        assertThat(routed.getString("status")).isEqualTo("NEW");
        assertThat(routed.getString("channel")).isEqualTo("WEB_FORM");
        assertThat(routed.getString("department")).isEqualTo("Financeiro");
        assertThat(routed.getString("priority")).isEqualTo("P3");
        JsonObject sla = routed.getJsonObject("sla");
        assertThat(sla.getInt("firstResponseMinutes")).isPositive();
        assertThat(sla.getInt("resolutionMinutes")).isGreaterThanOrEqualTo(sla.getInt("firstResponseMinutes"));
        assertThat(sla.getInt("legalDays")).isBetween(1, 7);
        JsonObject routing = routed.getJsonObject("routing");
        assertThat(routing.getString("ruleSetVersion")).matches("v[0-9]+ sha256:[0-9a-f]{16}");
        assertThat(routing.getJsonArray("firedRules").getValuesAs(JsonString::getString))
                .contains("Reclamações sobre cobranças e faturas vão para o Financeiro");
        assertThat(routing.getBoolean("fallback")).isFalse();
        // personal data is masked in the case view
        assertThat(routed.getJsonObject("customer").getString("cpf"))
                .isEqualTo("***." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-**");
        assertThat(routed.toString()).doesNotContain(cpf).doesNotContain(email);
    }

    @Test
    void acknowledgesAtMostTenComplaintsADayToOneAddressHoweverItsCaseIsWritten() throws Exception {
        // Eleven complaints from one person, her address written with its letters in a different case
        // each time (distinct customers to the repeat check, one address to the daily limit).
        String local = "anabeatriz" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 11; i++) {
            StringBuilder written = new StringBuilder();
            for (int k = 0; k < local.length(); k++) {
                char ch = local.charAt(k);
                written.append(((i >> (k % 4)) & 1) == 1 ? Character.toUpperCase(ch) : ch);
            }
            Api.Reply created = api.postJson("api/intake/webform", """
                    {"email": "%s@example.com", "subject": "Dúvida %d", "description": "Qual o horário da loja?"}
                    """.formatted(written, i));
            assertThat(created.status()).as("complaint %d", i + 1).isEqualTo(201);
        }

        try (var c = ItDatabase.connect(); var count = c.prepareStatement("SELECT count(*) FROM outgoing_mail"
                + " WHERE kind = 'ACKNOWLEDGEMENT' AND lower(recipient) = ?")) {
            count.setString(1, local + "@example.com");
            try (var rs = count.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("acknowledgements queued for the address").isEqualTo(10);
            }
        }
    }

    @Test
    void raisesAComplaintMentioningProconToP1() {
        Api.Reply created = api.postJson("api/intake/webform", """
                {"subject": "Cobrança indevida", "description": "Se não resolverem vou ao PROCON."}
                """);

        JsonObject routed = api.get("api/cases/" + created.json().getString("protocol")).json();
        assertThat(routed.getString("priority")).isEqualTo("P1");
        assertThat(routed.getJsonObject("routing").getJsonArray("firedRules").getValuesAs(JsonString::getString))
                .contains("Reclamações que citam o Procon são P1");
    }

    @Test
    void acceptsAnHtmlFormPostAndRoutesOrdinaryQuestionsToTheDefaultDepartment() {
        Api.Reply created = api.postForm("api/intake/webform",
                Map.of("subject", "Horário", "description", "Qual o horário de atendimento da loja?"));

        assertThat(created.status()).isEqualTo(201);
        JsonObject routed = api.get("api/cases/" + created.json().getString("protocol")).json();
        assertThat(routed.getString("department")).isEqualTo("Atendimento");
        assertThat(routed.getJsonObject("customer").containsKey("email")).isFalse();
    }

    @Test
    void aDoubleSubmitOfTheSameFormOpensOneCase() {
        String form = """
                {"description": "Pedido não entregue", "formToken": "%s"}
                """.formatted(UUID.randomUUID());

        Api.Reply first = api.postJson("api/intake/webform", form);
        Api.Reply second = api.postJson("api/intake/webform", form);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().getString("protocol")).isEqualTo(first.json().getString("protocol"));
        assertThat(second.json().getBoolean("newCase")).isFalse();
    }

    @Test
    void aCustomerComplainingAgainWhileACaseIsOpenIsRecognisedAsARepeat() {
        String email = "repeat-" + UUID.randomUUID() + "@example.com";
        String complaint = """
                {"email": "%s", "description": "Quero saber o horário da loja"}
                """.formatted(email);

        JsonObject first = api.get("api/cases/" + api.postJson("api/intake/webform", complaint).json()
                .getString("protocol")).json();
        JsonObject second = api.get("api/cases/" + api.postJson("api/intake/webform", complaint).json()
                .getString("protocol")).json();

        assertThat(first.getString("priority")).isEqualTo("P3");
        assertThat(second.getString("priority")).isEqualTo("P2");
        assertThat(second.getJsonObject("routing").getJsonArray("firedRules").getValuesAs(JsonString::getString))
                .contains("Clientes que reclamam de novo com um caso aberto são no mínimo P2");
    }

    @Test
    void servesThePortugueseComplaintFormPage() {
        Api.Reply page = api.get("index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"pt-BR\"").contains("protocolo");
    }

    @Test
    void unknownProtocolIsANotFoundProblem() {
        Api.Reply missing = api.get("api/cases/" + ProtocolNumber.issue(2099, 999_999_999L).value());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }
}

package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * Analysts simulate what the rules decide for an identified customer, for an earlier case as it came
 * in, and for a CSV batch of complaints, against the default rules in {@code rules/}; no case is opened.
 */
class RuleSimulationIT extends DeployedTriagem {

    private static final String OPENING_HOURS = "Qual o horário de funcionamento da loja do centro?";
    private static final String DELIVERY = "Comprei há 15 dias e o pedido não chegou.";

    private Api.Reply simulate(String path, JsonObject sample) {
        return api.as("ana").postJson(path, sample.toString());
    }

    private static List<String> tags(JsonObject simulated) {
        return simulated.getJsonObject("decision").getJsonArray("tags").getValuesAs(JsonString::getString);
    }

    @Test
    void anIdentifiedCustomerIsNotTaggedAnonymousAndTheirOpenCasesCountAsAtIntake() {
        JsonObject anonymous = simulate("api/rules/simulate", Json.createObjectBuilder()
                .add("subject", "Horário").add("description", OPENING_HOURS).build()).json();
        assertThat(tags(anonymous)).containsExactly("anonimo");

        String email = StaffCases.email();
        JsonObject identified = simulate("api/rules/simulate", Json.createObjectBuilder()
                .add("subject", "Horário").add("description", OPENING_HOURS).add("name", "Maria Souza")
                .add("email", email).add("phone", "(11) 9" + TestCpfs.random().substring(0, 4) + "-" + TestCpfs.random().substring(0, 4)).add("cpf", TestCpfs.random()).build()).json();
        JsonObject decision = identified.getJsonObject("decision");
        assertThat(tags(identified)).isEmpty();
        assertThat(decision.getString("department")).isEqualTo("Atendimento");
        assertThat(decision.getString("category")).isEqualTo("Geral");
        assertThat(decision.getString("priority")).isEqualTo("P3");
        assertThat(decision.getInt("firstResponseMinutes")).isEqualTo(240);

        // The same customer with a case open: counted in the case base, as intake counts them.
        StaffCases.open(api, "Entrega", DELIVERY, email);
        JsonObject again = simulate("api/rules/simulate", Json.createObjectBuilder()
                .add("subject", "Horário").add("description", OPENING_HOURS).add("email", email).build()).json();
        assertThat(tags(again)).containsExactly("reincidente");
        assertThat(again.getJsonObject("decision").getString("priority")).isEqualTo("P2");
    }

    @Test
    void anEarlierCaseIsDecidedAgainOnItsFactsAsTakenInByAnyVersion() {
        String protocol = StaffCases.financeiro(api);

        JsonObject now = simulate("api/rules/simulate",
                Json.createObjectBuilder().add("earlierCase", protocol).build()).json();
        assertThat(now.getJsonObject("decision").getString("department")).isEqualTo("Financeiro");
        assertThat(tags(now)).as("she gave her e-mail, and this is her only case").isEmpty();
        assertThat(now.getJsonObject("earlierCase").getString("protocol")).isEqualTo(protocol);
        assertThat(now.getJsonObject("earlierCase").getString("department")).isEqualTo("Financeiro");

        Api.Reply proposed = api.postBytes("api/rulesets?author=it-analyst&comment=charges+to+Comercial+(simulation)",
                "application/zip", RulesTree.chargesToComercial(true).zip());
        assertThat(proposed.status()).as(proposed.body()).isIn(200, 201);
        long version = proposed.json().getJsonNumber("number").longValue();
        JsonObject then = simulate("api/rules/simulate?version=" + version,
                Json.createObjectBuilder().add("earlierCase", protocol).build()).json();
        assertThat(then.getJsonObject("decision").getString("department")).isEqualTo("Comercial");
        assertThat(then.getJsonObject("earlierCase").getString("department")).isEqualTo("Financeiro");
        assertThat(api.get("api/cases/" + protocol).json().getString("department"))
                .as("a simulation changes no case").isEqualTo("Financeiro");

        Api.Reply unknown = simulate("api/rules/simulate", Json.createObjectBuilder()
                .add("earlierCase", ProtocolNumber.issue(2099, 1).value()).build());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        Api.Reply mixed = simulate("api/rules/simulate", Json.createObjectBuilder()
                .add("earlierCase", protocol).add("description", DELIVERY).build());
        assertThat(mixed.status()).isEqualTo(400);
        assertThat(mixed.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("earlierCase");
    }

    @Test
    void aBatchFromASpreadsheetGetsEachRowsDecisionAndNamesTheBadRow() {
        String cpf = TestCpfs.random();
        String csv = "\uFEFFdescricao;assunto;canal;email;cpf;casos_abertos\r\n"
                + "Fui cobrado duas vezes pela mesma compra no cartão.;Cobrança indevida;WEB_FORM;"
                + StaffCases.email() + ";;\r\n"
                + "\"Quero cancelar minha assinatura hoje, por favor.\";;PHONE;;;\r\n"
                + OPENING_HOURS + ";Horário;;;;\r\n"
                + "Meu pedido;;FAX;;;\r\n"
                + DELIVERY + ";Pedido não entregue;WEB_FORM;;" + cpf + ";2\r\n";

        Api.Reply reply = api.as("ana").postBytes("api/rules/simulate/batch", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject batch = reply.json();
        assertThat(batch.getInt("decided")).isEqualTo(4);
        assertThat(batch.getInt("failed")).isEqualTo(1);
        List<JsonObject> rows = batch.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows).extracting(r -> r.getInt("row")).containsExactly(2, 3, 4, 5, 6);
        assertDecided(rows.get(0), "Financeiro", "P3", "Cobrança", List.of(), 240, 1440, 7);
        assertDecided(rows.get(1), "Cancelamento", "P2", "Cancelamento", List.of("anonimo"), 120, 960, 7);
        assertDecided(rows.get(2), "Atendimento", "P3", "Geral", List.of("anonimo"), 240, 1440, 7);
        assertThat(rows.get(3).getString("error")).contains("channel").contains("WEB_FORM");
        // Two cases still open: the ownership table sends the customer to Ouvidoria.
        assertDecided(rows.get(4), "Ouvidoria", "P2", "Entrega", List.of("reincidente"), 120, 960, 7);

        Api.Reply asCsv = api.as("ana").postWithHeaders("api/rules/simulate/batch", "text/csv",
                Map.of("Accept", "text/csv"), csv.getBytes(StandardCharsets.UTF_8));
        assertThat(asCsv.contentType()).startsWith("text/csv");
        List<String> lines = asCsv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFlinha;departamento;prioridade;categoria;etiquetas;"
                + "primeira_resposta_min;resolucao_min;prazo_legal_dias;regras_disparadas;erro");
        assertThat(lines.get(1)).startsWith("2;Financeiro;P3;Cobrança;;240;1440;7;");
        assertThat(lines.get(4)).startsWith("5;;;;;;;;;").contains("channel");
    }

    @Test
    void aBatchThatCannotBeReadIsAProblemNamingTheRow() {
        Api.Reply unclosed = api.as("ana").postBytes("api/rules/simulate/batch", "text/csv",
                "descricao;assunto\nPedido;Entrega\n\"Cobrança sem fim;Cobrança\nOutra;Outra\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(unclosed.status()).isEqualTo(400);
        assertThat(unclosed.contentType()).startsWith("application/problem+json");
        assertThat(unclosed.json().getString("detail")).contains("linha 3");

        Api.Reply unknownColumn = api.as("ana").postBytes("api/rules/simulate/batch", "text/csv",
                "descricao,prioridade\nPedido,P1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(unknownColumn.status()).isEqualTo(400);
        assertThat(unknownColumn.json().getString("detail")).startsWith("Linha 1: a coluna \"prioridade\"");

        assertThat(api.as("fabio").postBytes("api/rules/simulate/batch", "text/csv",
                "descricao\nPedido\n".getBytes(StandardCharsets.UTF_8)).status()).as("agents do not simulate")
                .isEqualTo(403);
    }

    private static void assertDecided(JsonObject row, String department, String priority, String category,
            List<String> tags, int firstResponse, int resolution, int legalDays) {
        assertThat(row.containsKey("error") && !row.isNull("error")).as(row.toString()).isFalse();
        assertThat(row.getString("department")).isEqualTo(department);
        assertThat(row.getString("priority")).isEqualTo(priority);
        assertThat(row.getString("category")).isEqualTo(category);
        assertThat(row.getJsonArray("tags").getValuesAs(JsonString::getString)).isEqualTo(tags);
        assertThat(row.getInt("firstResponseMinutes")).isEqualTo(firstResponse);
        assertThat(row.getInt("resolutionMinutes")).isEqualTo(resolution);
        assertThat(row.getInt("legalDays")).isEqualTo(legalDays);
        assertThat(row.getJsonArray("firedRules")).isNotEmpty();
    }
}

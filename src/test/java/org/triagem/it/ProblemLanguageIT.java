package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagem.it.StaffCases.etag;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The API explains a refusal in the asker's language: pt-BR unless Accept-Language prefers English. The
 * problem's type, status and other members are the same in both; only the title and detail are said
 * differently (issue 19).
 */
class ProblemLanguageIT extends DeployedTriagem {

    private static final String WITHOUT_CODE = "{\"rootCause\": \"sistema\"}";

    @Test
    void aResolutionWithoutACodeIsRefusedInPortugueseByDefaultAndInEnglishWhenAsked() {
        Api fabio = api.as("fabio");
        String protocol = StaffCases.financeiro(api);

        Api.Reply portuguese = fabio.act(protocol, "resolve", etag(fabio, protocol), WITHOUT_CODE);
        Api.Reply english = fabio.speaking("en-US,en;q=0.9,pt;q=0.5")
                .act(protocol, "resolve", etag(fabio, protocol), WITHOUT_CODE);

        assertThat(portuguese.status()).isEqualTo(422);
        assertThat(portuguese.contentType()).startsWith("application/problem+json");
        assertThat(portuguese.header("Content-Language")).isEqualTo("pt-BR");
        JsonObject pt = portuguese.json();
        assertThat(pt.getString("title")).isEqualTo("A ação não pode ser feita como pedida");
        assertThat(pt.getString("detail")).isEqualTo("Informe o código de resolução.");

        assertThat(english.status()).isEqualTo(422);
        assertThat(english.header("Content-Language")).isEqualTo("en");
        JsonObject en = english.json();
        assertThat(en.getString("title")).isEqualTo("The action cannot be done as asked");
        assertThat(en.getString("detail")).isEqualTo("a resolution code is required");

        assertThat(en.getString("type")).isEqualTo(pt.getString("type"))
                .isEqualTo("https://triagem.org/problems/invalid-action");
        assertThat(en.keySet()).isEqualTo(pt.keySet()).containsExactlyInAnyOrder("type", "title", "status", "detail");
    }

    @Test
    void aLanguageWeDoNotSpeakGetsPortuguese() {
        Api fabio = api.as("fabio").speaking("fr-FR, de;q=0.8");
        String protocol = StaffCases.financeiro(api);
        JsonObject problem = fabio.act(protocol, "resolve", etag(fabio, protocol), WITHOUT_CODE).json();
        assertThat(problem.getString("detail")).isEqualTo("Informe o código de resolução.");
    }

    @Test
    void anActionTheStatusRefusesNamesStatusAndActionInTheAskersWords() {
        Api fabio = api.as("fabio");
        String protocol = StaffCases.financeiro(api);

        JsonObject pt = fabio.act(protocol, "close", etag(fabio, protocol), "{}").json();
        JsonObject en = fabio.speaking("en").act(protocol, "close", etag(fabio, protocol), "{}").json();

        assertThat(pt.getString("title")).isEqualTo("Ação não permitida nesta situação");
        assertThat(pt.getString("detail")).startsWith("Um caso na situação Novo não aceita a ação encerrar.")
                .contains("assumir");
        assertThat(en.getString("detail")).startsWith("a case in status NEW does not accept close; allowed: ")
                .contains("claim");
        // what a program reads stays in codes
        assertThat(pt.getString("caseStatus")).isEqualTo(en.getString("caseStatus")).isEqualTo("NEW");
        assertThat(pt.getJsonArray("allowedActions")).isEqualTo(en.getJsonArray("allowedActions"));
    }

    @Test
    void theFrameworksOwnRefusalsAreSaidToo() {
        Api.Reply pt = api.get("api/nothing-here");
        Api.Reply en = api.speaking("en").get("api/nothing-here");
        assertThat(pt.status()).isEqualTo(404);
        assertThat(pt.json().getString("title")).isEqualTo("Não encontrado");
        assertThat(pt.json().getString("detail")).isEqualTo("Não há nada neste endereço.");
        assertThat(en.json().getString("title")).isEqualTo("Not Found");
        assertThat(en.json().getString("detail")).isEqualTo("There is nothing at this address.");
    }

    @Test
    void aWebFormWithoutADescriptionSaysWhatTheFieldLacksInTheAskersLanguage() {
        java.util.Map<String, String> form = java.util.Map.of("subject", "Sem descrição", "description", "");

        Api.Reply pt = api.postForm("api/intake/webform", form);
        Api.Reply en = api.speaking("en").postForm("api/intake/webform", form);

        assertThat(pt.status()).isEqualTo(400);
        JsonObject ptError = pt.json().getJsonArray("errors").getJsonObject(0);
        assertThat(ptError.getString("field")).isEqualTo("description");
        assertThat(ptError.getString("message")).isEqualTo("é obrigatório");

        assertThat(en.status()).isEqualTo(400);
        assertThat(en.header("Content-Language")).isEqualTo("en");
        JsonObject enError = en.json().getJsonArray("errors").getJsonObject(0);
        assertThat(enError.getString("field")).isEqualTo("description");
        assertThat(enError.getString("message")).isEqualTo("is required");
    }
}

package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input is refused with a problem document that names the field, and nothing is stored. */
class WebFormBadInputIT extends DeployedTriagem {

    private String marker;

    @BeforeEach
    void newMarker() {
        marker = "marker-" + UUID.randomUUID();
    }

    private void assertProblemNaming(Api.Reply reply, int status, String field) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonObject problem = reply.json();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getString("field")).isEqualTo(field));
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(api.get("api/cases?q=" + marker).jsonArray()).isEmpty();
    }

    @Test
    void aMissingDescriptionIsRefused() {
        assertProblemNaming(api.postJson("api/intake/webform", """
                {"subject": "%s"}
                """.formatted(marker)), 400, "description");
    }

    @Test
    void anInvalidEmailIsRefused() {
        assertProblemNaming(api.postJson("api/intake/webform", """
                {"email": "maria-at-example", "description": "%s"}
                """.formatted(marker)), 400, "email");
    }

    @Test
    void aCpfWithWrongCheckDigitsIsRefused() {
        assertProblemNaming(api.postJson("api/intake/webform", """
                {"cpf": "529.982.247-24", "description": "%s"}
                """.formatted(marker)), 400, "cpf");
    }

    @Test
    void textWhereTextIsNotExpectedADuplicateKeyAndANulAreRefusedNamingTheField() {
        assertProblemNaming(api.postJson("api/intake/webform", """
                {"description": ["%s"]}
                """.formatted(marker)), 400, "description");
        assertProblemNaming(api.postJson("api/intake/webform", """
                {"subject": 42, "description": "%s"}
                """.formatted(marker)), 400, "subject");
        assertProblemNaming(api.postJson("api/intake/webform", """
                {"description": "%s", "description": "outra"}
                """.formatted(marker)), 400, "description");
        assertProblemNaming(api.postJson("api/intake/webform", """
                {"description": "%s\\u0000"}
                """.formatted(marker)), 400, "description");
        assertProblemNaming(api.postForm("api/intake/webform", java.util.Map.of("description", marker + "\u0000")),
                400, "description");
    }

    @Test
    void aDescriptionOver64KbIsRefusedAsTooLarge() {
        String big = marker + " " + "á".repeat(33 * 1024); // 2 bytes each in UTF-8: over 64 KB
        assertProblemNaming(api.postJson("api/intake/webform", """
                {"description": "%s"}
                """.formatted(big)), 413, "description");
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        Api.Reply reply = api.postJson("api/intake/webform", "{\"description\": \"" + marker + "\"");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertNothingStored();
    }

    @Test
    void theSearchUsedAboveDoesFindAStoredComplaint() {
        // guards the assertions above: an empty search must mean "not stored", not "search broken"
        assertThat(api.postJson("api/intake/webform", """
                {"description": "%s"}
                """.formatted(marker)).status()).isEqualTo(201);
        assertThat(api.get("api/cases?q=" + marker).jsonArray()).hasSize(1);
    }
}

package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Signing in from the web UI, the CSRF and Content-Security-Policy protections, and the customer's own
 * status page.
 */
class StaffSessionIT extends DeployedTriagem {

    private final HttpClient browserLike = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return browserLike.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI at(String path) {
        return api.base().resolve(path);
    }

    private static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    @Test
    void signsInWithASameSiteSessionCookieAndRequiresTheCsrfHeaderOnWrites() throws Exception {
        HttpResponse<String> forged = send(HttpRequest.newBuilder(at("api/session"))
                .header("Content-Type", "application/json")
                .POST(json("{\"username\": \"fabio\", \"password\": \"fabio-demo\"}")));
        assertThat(forged.statusCode()).isEqualTo(403);

        HttpResponse<String> wrong = send(HttpRequest.newBuilder(at("api/session"))
                .header("Content-Type", "application/json").header("X-Triagem-CSRF", "1")
                .POST(json("{\"username\": \"fabio\", \"password\": \"nope\"}")));
        assertThat(wrong.statusCode()).isEqualTo(401);

        HttpResponse<String> in = send(HttpRequest.newBuilder(at("api/session"))
                .header("Content-Type", "application/json").header("X-Triagem-CSRF", "1")
                .POST(json("{\"username\": \"fabio\", \"password\": \"fabio-demo\"}")));
        assertThat(in.statusCode()).isEqualTo(200);
        assertThat(in.body()).contains("\"username\":\"fabio\"").contains("Financeiro").contains("agent");
        assertThat(in.headers().allValues("Set-Cookie")).anySatisfy(c ->
                assertThat(c).contains("TriagemSSO").containsIgnoringCase("SameSite=Strict").containsIgnoringCase("HttpOnly"));

        String protocol = StaffCases.financeiro(api);
        HttpResponse<String> read = send(HttpRequest.newBuilder(at("api/cases/" + protocol)).GET());
        assertThat(read.statusCode()).isEqualTo(200);
        String etag = read.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> withoutHeader = send(HttpRequest.newBuilder(at("api/cases/" + protocol + "/actions/claim"))
                .header("Content-Type", "application/json").header("If-Match", etag).POST(json("{}")));
        assertThat(withoutHeader.statusCode()).isEqualTo(403);
        assertThat(withoutHeader.body()).contains("CSRF");

        HttpResponse<String> claimed = send(HttpRequest.newBuilder(at("api/cases/" + protocol + "/actions/claim"))
                .header("Content-Type", "application/json").header("If-Match", etag).header("X-Triagem-CSRF", "1")
                .POST(json("{}")));
        assertThat(claimed.statusCode()).isEqualTo(200);

        HttpResponse<String> out = send(HttpRequest.newBuilder(at("api/session")).header("X-Triagem-CSRF", "1").DELETE());
        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(send(HttpRequest.newBuilder(at("api/session")).GET()).body()).contains("\"authenticated\":false");
    }

    @Test
    void anonymousCallsToTheStaffApiAre401() {
        assertThat(api.anonymous().get("api/cases").status()).isEqualTo(401);
        assertThat(api.anonymous().get("api/rulesets").status()).isEqualTo(401);
    }

    @Test
    void everyPageAndAnswerCarriesAStrictContentSecurityPolicy() throws Exception {
        for (String path : new String[] {"index.html", "acompanhar.html", "staff.html", "analyst.html", "api/session"}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(at(path)).GET());
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("script-src 'self'").contains("object-src 'none'")
                    .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void theCustomerSeesTheirCaseOnlyWithTheirEmailOrCpfAndNoStaffData() {
        String email = StaffCases.email();
        String cpf = TestCpfs.random();
        String protocol = api.anonymous().postJson("api/intake/webform", """
                {"subject": "Cobrança indevida", "description": "Fui cobrado duas vezes.", "email": "%s", "cpf": "%s"}
                """.formatted(email, cpf)).json().getString("protocol");
        api.as("fabio").act(protocol, "claim", StaffCases.etag(api, protocol), "{}");
        api.as("fabio").postJson("api/cases/" + protocol + "/messages",
                "{\"kind\":\"NOTE\",\"text\":\"Conferir com o banco antes de responder\"}");
        api.as("fabio").postJson("api/cases/" + protocol + "/messages",
                "{\"kind\":\"REPLY\",\"text\":\"Estornamos o valor cobrado em dobro.\"}");

        Api.Reply byEmail = publicStatus(protocol, email.toUpperCase());
        assertThat(byEmail.status()).isEqualTo(200);
        JsonObject view = byEmail.json();
        assertThat(view.getString("status")).isEqualTo("ASSIGNED");
        assertThat(view.getJsonArray("history")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(byEmail.body()).doesNotContain("fabio").doesNotContain("Financeiro").doesNotContain("firedRules")
                .doesNotContain("assignee").doesNotContain("Conferir com o banco");
        // The staff's answer is there for the customer to read; the internal note is not.
        assertThat(view.getJsonArray("answers").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(a -> assertThat(a.getString("text")).isEqualTo("Estornamos o valor cobrado em dobro."));

        assertThat(publicStatus(protocol, cpf.substring(0, 3) + "." + cpf.substring(3, 6) + "." + cpf.substring(6, 9)
                + "-" + cpf.substring(9)).status()).isEqualTo(200);
        assertThat(publicStatus(protocol, "someone-else@example.com").status()).isEqualTo(404);
        assertThat(publicStatus(protocol, null).status()).isEqualTo(404);
    }

    private Api.Reply publicStatus(String protocol, String verification) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(at("api/public/cases/" + protocol)).GET();
            if (verification != null) {
                b.header("X-Verification", verification);
            }
            HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), null, r.body(),
                    r.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Malformed requests against every public endpoint (issue 16): none may answer 5xx, and every refusal
 * is RFC 9457 problem+json. The sweep is built from bodies × content types × endpoints, plus odd paths,
 * methods and headers, so a new kind of bad input is one line.
 */
class BadInputSweepIT extends DeployedTriagem {

    private static final List<String> BAD_JSON = List.of(
            "", " ", "{", "}", "[]", "[1,2]", "null", "true", "12", "\"text\"", "{\"description\":",
            "{\"description\":[\"a\"]}", "{\"description\":12}", "{\"description\":{}}", "{\"description\":true}",
            "{\"description\":\"a\",\"description\":\"b\"}", "{\"description\":\"abc\\u0000def\"}",
            "{\"description\":\"" + "x".repeat(70_000) + "\"}", "{\"description\":\"ok\",\"cpf\":123}",
            "{\"description\":\"ok\",\"email\":[\"a@b.c\"]}", "{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}",
            "{\"description\":\"\\ud800\"}", "{'description':'single quotes'}", "{\"description\":NaN}",
            "\u0000\u0001\u0002");

    private static final List<byte[]> BAD_BYTES = List.of(
            new byte[] {'{', '"', 'd', 'e', 's', 'c', 'r', 'i', 'p', 't', 'i', 'o', 'n', '"', ':', '"', (byte) 0xC3,
                    (byte) 0x28, '"', '}'},
            new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'});

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void noMalformedRequestGetsA5xxOrAnAnswerThatIsNotAProblem() throws Exception {
        List<HttpRequest> requests = new ArrayList<>();
        for (String body : BAD_JSON) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            requests.add(post("api/intake/webform", "application/json", bytes));
            requests.add(post("api/session", "application/json", bytes));
            requests.add(signedCall(bytes));
        }
        for (byte[] bytes : BAD_BYTES) {
            requests.add(post("api/intake/webform", "application/json", bytes));
            requests.add(post("api/session", "application/json", bytes));
            requests.add(signedCall(bytes));
        }
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json; charset=latin1", "garbage")) {
            requests.add(post("api/intake/webform", type, "description=%ZZ&&==".getBytes(StandardCharsets.UTF_8)));
            requests.add(post("api/session", type, "{}".getBytes(StandardCharsets.UTF_8)));
            requests.add(post("api/intake/phone/calls", type, "{}".getBytes(StandardCharsets.UTF_8)));
        }
        for (String form : List.of("", "description=", "description=%00", "cpf=abc&description=x",
                "email=not-an-email&description=x", "description=" + "y".repeat(70_000), "formToken=%3Cscript%3E")) {
            requests.add(post("api/intake/webform", "application/x-www-form-urlencoded",
                    form.getBytes(StandardCharsets.UTF_8)));
        }
        for (String protocol : List.of("0", "abc", "2026000000001", "20260000000015", "99999999999999999999",
                "-1", "2026%20000", "%2F", "20260000000014.json", "%C3%28")) {
            requests.add(get("api/public/cases/" + protocol, Map.of("X-Verification", "x@example.com")));
            requests.add(get("api/public/cases/" + protocol, Map.of()));
        }
        for (String path : List.of("api/intake/webform", "api/intake/phone/calls", "api/public/cases", "api/public",
                "api/intake", "api/intake/nope", "api/public/cases/20260000000014/extra")) {
            requests.add(get(path, Map.of()));
            requests.add(HttpRequest.newBuilder(at(path)).header("X-Triagem-CSRF", "1")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{}")).build());
            requests.add(HttpRequest.newBuilder(at(path)).header("X-Triagem-CSRF", "1").DELETE().build());
        }
        requests.add(post("api/session", "application/json",
                "{\"username\":[\"admin\"],\"password\":{}}".getBytes(StandardCharsets.UTF_8)));
        requests.add(post("api/session", "application/json",
                "{\"username\":\"a\u0000b\",\"password\":\"x\"}".getBytes(StandardCharsets.UTF_8)));

        assertThat(requests).hasSizeGreaterThanOrEqualTo(150);
        List<String> wrong = new ArrayList<>();
        for (HttpRequest request : requests) {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (r.statusCode() >= 500 || (r.statusCode() >= 400 && !type.startsWith("application/problem+json"))) {
                wrong.add(request.method() + " " + request.uri().getRawPath() + " "
                        + request.headers().firstValue("Content-Type").orElse("") + " -> " + r.statusCode() + " "
                        + type + " " + r.body().substring(0, Math.min(120, r.body().length())));
            }
        }
        assertThat(wrong).as("of %d malformed requests", requests.size()).isEmpty();
    }

    private HttpRequest post(String path, String contentType, byte[] body) {
        return HttpRequest.newBuilder(at(path)).header("Content-Type", contentType).header("X-Triagem-CSRF", "1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private HttpRequest get(String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(at(path)).GET();
        headers.forEach(b::header);
        return b.build();
    }

    /** A correctly signed delivery of a malformed body: it passes the signature and reaches the reader. */
    private HttpRequest signedCall(byte[] body) {
        String id = SignedCalls.newEventId();
        long now = java.time.Instant.now().getEpochSecond();
        HttpRequest.Builder b = HttpRequest.newBuilder(at(SignedCalls.PATH)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        SignedCalls.headers(id, now, org.triagem.infrastructure.webhook.WebhookSignatures
                .withSecrets(SignedCalls.CURRENT_SECRET).sign(id, now, body)).forEach(b::header);
        return b.build();
    }

    private URI at(String path) {
        return api.base().resolve(path);
    }
}

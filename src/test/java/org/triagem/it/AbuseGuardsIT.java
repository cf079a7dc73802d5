package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The doors anyone can knock on resist guessing (issue 16): the customer's case lookup and the
 * sign-in lock out after a few failures (429 with Retry-After, even for the right answer), take
 * equally long hit or miss, a signed-out cookie is dead, and abuse of framing or paging is a 4xx.
 */
class AbuseGuardsIT extends DeployedTriagem {

    /** The IT server's floor is the default, 200 ms (server.xml triagem.guard.response-floor-millis). */
    private static final Duration FLOOR = Duration.ofMillis(200);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aProtocolIsLockedAfterFiveWrongVerificationsEvenForTheRightOne() throws Exception {
        String email = StaffCases.email();
        String protocol = api.anonymous().postJson("api/intake/webform", """
                {"subject": "Cobrança indevida", "description": "Fui cobrado duas vezes.", "email": "%s"}
                """.formatted(email)).json().getString("protocol");
        assertThat(lookup(protocol, email).statusCode()).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(lookup(protocol, "guess" + i + "@example.com").statusCode()).isEqualTo(404);
        }
        HttpResponse<String> locked = lookup(protocol, "guess5@example.com"); // the sixth try
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(s ->
                assertThat(Long.parseLong(s)).isBetween(1L, 30L));
        assertThat(lookup(protocol, email).statusCode()).as("the right verification waits too").isEqualTo(429);
    }

    @Test
    void aHitAndAMissTakeAtLeastTheSameFloor() throws Exception {
        String email = StaffCases.email();
        String protocol = api.anonymous().postJson("api/intake/webform", """
                {"subject": "Entrega atrasada", "description": "Meu pedido não chegou.", "email": "%s"}
                """.formatted(email)).json().getString("protocol");

        assertThat(timed(() -> lookup(protocol, email))).isGreaterThanOrEqualTo(FLOOR);
        assertThat(timed(() -> lookup(protocol, "other@example.com"))).isGreaterThanOrEqualTo(FLOOR);
    }

    @Test
    void signInLocksAUserNameAfterFiveFailuresAndUnknownAndKnownUsersAreRefusedAlike() throws Exception {
        String ghost = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> refused = signIn(ghost, "wrong-" + i);
            assertThat(refused.statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = signIn(ghost, "wrong-5");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(locked.body()).contains("too-many-attempts");

        // Equal work: an unknown user (no password hash to check) takes as long as a known one.
        assertThat(timed(() -> signIn("nobody-" + UUID.randomUUID(), "x"))).isGreaterThanOrEqualTo(FLOOR);
        assertThat(timed(() -> signIn("lucas", "not-his-password"))).isGreaterThanOrEqualTo(FLOOR);
    }

    @Test
    void aCookieSavedBeforeSignOutNoLongerReadsCases() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> in = browser.send(HttpRequest.newBuilder(at("api/session"))
                .header("Content-Type", "application/json").header("X-Triagem-CSRF", "1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"fabio\",\"password\":\"fabio-demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(in.statusCode()).isEqualTo(200);
        String sso = in.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("TriagemSSO="))
                .map(c -> HttpCookie.parse(c).get(0).getValue()).findFirst().orElseThrow();
        String protocol = StaffCases.financeiro(api);
        assertThat(withCookie(sso, "api/cases/" + protocol).statusCode()).isEqualTo(200);

        HttpResponse<String> out = browser.send(HttpRequest.newBuilder(at("api/session")).header("X-Triagem-CSRF", "1")
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(out.statusCode()).isEqualTo(204);

        assertThat(withCookie(sso, "api/cases/" + protocol).statusCode()).as("the saved cookie after sign-out")
                .isEqualTo(401);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWithoutReadingItAll() throws Exception {
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(tenMegabytes, (byte) 'a');
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(at("api/session"))
                .header("Content-Type", "application/json").header("X-Triagem-CSRF", "1")
                // an input stream publisher has no known length: sent chunked, without Content-Length
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tenMegabytes))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aPageFarPastTheEndIsTheCallersMistake() {
        Api.Reply r = api.get("api/cases?page=2147483647&limit=200");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
        assertThat(r.body()).contains("page");
    }

    @Test
    void aSignedCallEventNestedThousandsDeepIsA400() {
        String eventId = SignedCalls.newEventId();
        String body = "{\"type\":\"call.started\",\"data\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        Api.Reply r = new SignedCalls(api.anonymous()).send(eventId, body.getBytes(StandardCharsets.UTF_8),
                SignedCalls.CURRENT_SECRET);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void answersWithPersonalDataAreNeverCachedAndTheLookupVariesOnItsVerification() throws Exception {
        String email = StaffCases.email();
        String protocol = api.anonymous().postJson("api/intake/webform", """
                {"subject": "Produto com defeito", "description": "Parou de funcionar.", "email": "%s"}
                """.formatted(email)).json().getString("protocol");
        HttpResponse<String> mine = lookup(protocol, email);
        assertThat(mine.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).startsWith("no-store"));
        assertThat(mine.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("X-Verification"));
        assertThat(api.get("api/cases/" + protocol).header("Cache-Control")).startsWith("no-store");
    }

    @Test
    void theContainersOwnErrorsAreProblemsWithTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"api/cases", "api/rulesets", "api/cases/%2F"}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(at(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isBetween(400, 499);
            // Said in pt-BR by default, so the charset is named (a parameter the media type allows).
            assertThat(r.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
            assertThat(r.body()).as(path).contains("\"status\":" + r.statusCode()).doesNotContain("SRVE");
        }
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(at("no-such-page.html")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Não foi possível abrir esta página").doesNotContain("SRVE0190E");
    }

    private HttpResponse<String> lookup(String protocol, String verification) throws Exception {
        return http.send(HttpRequest.newBuilder(at("api/public/cases/" + protocol))
                .header("X-Verification", verification).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(String user, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(at("api/session"))
                .header("Content-Type", "application/json").header("X-Triagem-CSRF", "1")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> withCookie(String sso, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(at(path)).header("Cookie", "TriagemSSO=" + sso).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Duration timed(ThrowingCall call) throws Exception {
        long start = System.nanoTime();
        call.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private URI at(String path) {
        return api.base().resolve(path);
    }

    @FunctionalInterface
    private interface ThrowingCall {
        Object run() throws Exception;
    }
}

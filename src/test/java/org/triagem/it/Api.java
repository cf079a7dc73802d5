package org.triagem.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A minimal HTTP client for the Triagem API, as an integrator would write one. It signs in with HTTP
 * Basic as the demo {@code admin} unless told to act as someone else ({@link #as}) or as nobody
 * ({@link #anonymous}), and sends the CSRF header the API asks of every state-changing call.
 */
final class Api {

    /** Every demo user's password is their name followed by "-demo" (src/main/liberty/config/auth/dev.xml). */
    static final String DEFAULT_USER = "admin";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            // HTTP/1.1 as integrators use it; Liberty answers h2c upgrades, and concurrent h2 streams stall
            .version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;
    private final String user;
    /** The Accept-Language sent, or null for none (the API then answers in pt-BR). */
    private final String language;

    Api(URI base) {
        this(base, DEFAULT_USER, null);
    }

    private Api(URI base, String user, String language) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.user = user;
        this.language = language;
    }

    /** The same API, signed in as the demo user with this name. */
    Api as(String demoUser) {
        return new Api(base, demoUser, language);
    }

    /** The same API without credentials. */
    Api anonymous() {
        return new Api(base, null, language);
    }

    /** The same API, asking for answers in this language (Accept-Language). */
    Api speaking(String languageRange) {
        return new Api(base, user, languageRange);
    }

    URI base() {
        return base;
    }

    Reply postJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Reply putText(String path, String text) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "text/plain; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString(text)).build());
    }

    Reply putJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A lifecycle action with the ETag the caller read (null: no If-Match at all). */
    Reply act(String protocol, String action, String etag, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("api/cases/" + protocol + "/actions/" + action))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (etag != null) {
            b.header("If-Match", etag);
        }
        return send(b.build());
    }

    Reply request(String method, String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Reply postBytes(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** A POST with extra headers, as a webhook sender makes it. */
    Reply postWithHeaders(String path, String contentType, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    Reply postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Reply get(String path) {
        return getAbsolute(base.resolve(path));
    }

    /** A GET asking for one media type (the KPI report's CSV). */
    Reply get(String path, String accept) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept).GET().build());
    }

    Reply getAbsolute(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    private Reply send(HttpRequest unsigned) {
        HttpRequest.Builder signed = HttpRequest.newBuilder(unsigned, (name, value) -> true)
                .header("X-Triagem-CSRF", "1");
        if (language != null) {
            signed.setHeader("Accept-Language", language);
        }
        if (user != null) {
            signed.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8)));
        }
        HttpRequest request = signed.build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Location").orElse(null), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer. */
    record Reply(int status, String contentType, String location, String body, HttpHeaders headers) {

        Reply(int status, String contentType, String location, String body) {
            this(status, contentType, location, body, HttpHeaders.of(Map.of(), (name, value) -> true));
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonArray jsonArray() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }
}

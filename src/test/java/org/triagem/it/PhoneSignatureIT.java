package org.triagem.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.triagem.infrastructure.webhook.WebhookSignatures;

/**
 * Forged, stale and tampered deliveries of the phone webhook: each is refused with 401 problem+json
 * and leaves nothing behind, so that the genuine delivery of the same event and call afterwards is the
 * first one the server sees.
 */
class PhoneSignatureIT extends DeployedTriagem {

    private static final String UNKNOWN_SECRET = "whsec_" + Base64.getEncoder()
            .encodeToString("a-secret-the-server-does-not-know".getBytes(StandardCharsets.UTF_8));

    @Test
    void refusesEveryForgedStaleOrTamperedDeliveryWithoutSideEffects() {
        SignedCalls pbx = new SignedCalls(api);
        String id = SignedCalls.newEventId();
        String callId = SignedCalls.newCallId();
        byte[] body = SignedCalls.event("call.started", callId, "\"caller\":\"" + SignedCalls.randomCaller() + "\"")
                .getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();
        String good = sign(SignedCalls.CURRENT_SECRET, id, now, body);

        Map<String, Delivery> forged = new LinkedHashMap<>();
        forged.put("no signature headers at all", new Delivery(Map.of(), body));
        forged.put("no webhook-signature", new Delivery(SignedCalls.headers(id, now, null), body));
        forged.put("no webhook-id", new Delivery(SignedCalls.headers(null, now, good), body));
        forged.put("no webhook-timestamp", new Delivery(Map.of("webhook-id", id, "webhook-signature", good), body));
        forged.put("timestamp not a number", new Delivery(Map.of("webhook-id", id, "webhook-timestamp", "yesterday",
                "webhook-signature", good), body));
        forged.put("signed 6 minutes ago (a captured request replayed)", signedAt(id, now - 360, body));
        forged.put("signed 6 minutes in the future", signedAt(id, now + 360, body));
        forged.put("body changed after signing", new Delivery(SignedCalls.headers(id, now, good),
                new String(body, StandardCharsets.UTF_8).replace("call.started", "call.dropped")
                        .getBytes(StandardCharsets.UTF_8)));
        forged.put("a space added to the body", new Delivery(SignedCalls.headers(id, now, good), append(body, " ")));
        forged.put("id changed after signing", new Delivery(SignedCalls.headers(id + "x", now, good), body));
        forged.put("timestamp changed after signing", new Delivery(SignedCalls.headers(id, now - 1, good), body));
        forged.put("signed with an unknown secret", new Delivery(SignedCalls.headers(id, now,
                sign(UNKNOWN_SECRET, id, now, body)), body));
        forged.put("signature under another version tag", new Delivery(SignedCalls.headers(id, now,
                good.replace("v1,", "v2,")), body));
        forged.put("signature without version tag", new Delivery(SignedCalls.headers(id, now,
                good.substring(3)), body));
        forged.put("signature not base64", new Delivery(SignedCalls.headers(id, now, "v1,!!!not-base64!!!"), body));
        forged.put("empty v1 signature", new Delivery(SignedCalls.headers(id, now, "v1,"), body));
        forged.put("signature truncated", new Delivery(SignedCalls.headers(id, now, good.substring(0, 20)), body));
        forged.put("several signatures, none valid", new Delivery(SignedCalls.headers(id, now,
                sign(UNKNOWN_SECRET, id, now, body) + " v1,AAAA"), body));
        forged.put("a valid signature of another event", new Delivery(SignedCalls.headers(id, now,
                sign(SignedCalls.CURRENT_SECRET, id, now, "{}".getBytes(StandardCharsets.UTF_8))), body));

        SoftAssertions softly = new SoftAssertions();
        forged.forEach((variant, delivery) -> {
            Api.Reply reply = pbx.post(delivery.headers(), delivery.body());
            softly.assertThat(reply.status()).as(variant).isEqualTo(401);
            softly.assertThat(reply.contentType()).as(variant).startsWith("application/problem+json");
        });
        softly.assertAll();
        assertThat(forged).hasSizeGreaterThanOrEqualTo(10);

        // Nothing was applied: the genuine delivery, signed with both active secrets (one of them
        // unknown, as a sender mid-rotation does), is the first of this event and of this call.
        Api.Reply genuine = pbx.post(SignedCalls.headers(id, now, sign(UNKNOWN_SECRET, id, now, body) + " "
                + sign(SignedCalls.PREVIOUS_SECRET, id, now, body)), body);
        assertThat(genuine.status()).isEqualTo(201);
        assertThat(genuine.header("Idempotent-Replayed")).isNull();
    }

    private static Delivery signedAt(String id, long timestamp, byte[] body) {
        return new Delivery(SignedCalls.headers(id, timestamp, sign(SignedCalls.CURRENT_SECRET, id, timestamp, body)),
                body);
    }

    private static String sign(String secret, String id, long timestamp, byte[] body) {
        return WebhookSignatures.withSecrets(secret).sign(id, timestamp, body);
    }

    private static byte[] append(byte[] body, String extra) {
        return (new String(body, StandardCharsets.UTF_8) + extra).getBytes(StandardCharsets.UTF_8);
    }

    private record Delivery(Map<String, String> headers, byte[] body) {
    }
}

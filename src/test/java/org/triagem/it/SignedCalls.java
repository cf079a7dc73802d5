package org.triagem.it;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.triagem.infrastructure.webhook.WebhookSignatures;

/**
 * Call events for the phone webhook, signed as the SAC phone system signs them, with the IT server's
 * two active secrets (pom.xml, {@code triagem.phone.webhook-secrets} of the IT server).
 */
final class SignedCalls {

    static final String PATH = "api/intake/phone/calls";
    static final String CURRENT_SECRET = "whsec_aXQtb25seS1waG9uZS1zZWNyZXQtY3VycmVudA==";
    static final String PREVIOUS_SECRET = "whsec_aXQtb25seS1waG9uZS1zZWNyZXQtcHJldmlvdXM=";

    private final Api api;

    SignedCalls(Api api) {
        this.api = api;
    }

    /** A fresh mobile number of São Paulo, so that no earlier run makes this caller a repeat caller. */
    static String randomCaller() {
        return "(11) 9" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)) + "-"
                + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    }

    static String newCallId() {
        return "call-" + UUID.randomUUID();
    }

    static String newEventId() {
        return "evt_" + UUID.randomUUID();
    }

    static String event(String type, String callId, String dataFields) {
        return """
                {"type":"%s","timestamp":"%s","data":{"callId":"%s"%s}}"""
                .formatted(type, Instant.now(), callId, dataFields.isEmpty() ? "" : "," + dataFields);
    }

    /** Posts the event signed with the current secret, now. */
    Api.Reply send(String eventId, String json) {
        return send(eventId, json.getBytes(StandardCharsets.UTF_8), CURRENT_SECRET);
    }

    Api.Reply send(String eventId, byte[] body, String secret) {
        long now = Instant.now().getEpochSecond();
        return post(headers(eventId, now, WebhookSignatures.withSecrets(secret).sign(eventId, now, body)), body);
    }

    Api.Reply post(Map<String, String> headers, byte[] body) {
        return api.postWithHeaders(PATH, "application/json", headers, body);
    }

    static Map<String, String> headers(String id, long timestamp, String signature) {
        Map<String, String> h = new LinkedHashMap<>();
        if (id != null) {
            h.put("webhook-id", id);
        }
        h.put("webhook-timestamp", String.valueOf(timestamp));
        if (signature != null) {
            h.put("webhook-signature", signature);
        }
        return h;
    }
}

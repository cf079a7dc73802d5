package org.triagem.infrastructure.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.triagem.infrastructure.webhook.WebhookRejectedException.Reason;

/**
 * Signs and verifies Standard Webhooks signatures: {@code webhook-signature} holds one or more
 * space-separated {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}. Every active secret is
 * tried against every v1 signature, each comparison in constant time ({@link MessageDigest#isEqual}).
 * A secret is written {@code whsec_<base64 key>} (the Standard Webhooks form) or as plain text, whose
 * UTF-8 bytes are the key.
 */
public final class WebhookSignatures {

    /** How far the sender's timestamp may be from our clock, either way. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private static final String ALGORITHM = "HmacSHA256";

    private final List<byte[]> keys;

    private WebhookSignatures(List<byte[]> keys) {
        this.keys = keys;
    }

    /** The active secrets, separated by commas or spaces (two during a rotation); none is allowed. */
    public static WebhookSignatures withSecrets(String setting) {
        List<byte[]> keys = new ArrayList<>();
        if (setting != null) {
            for (String secret : setting.split("[,\\s]+")) {
                if (!secret.isBlank()) {
                    keys.add(keyOf(secret.strip()));
                }
            }
        }
        return new WebhookSignatures(List.copyOf(keys));
    }

    private static byte[] keyOf(String secret) {
        if (secret.startsWith("whsec_")) {
            return Base64.getDecoder().decode(secret.substring("whsec_".length()));
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    public boolean isConfigured() {
        return !keys.isEmpty();
    }

    /**
     * @throws WebhookRejectedException unless the body carries a signature, made with an active
     *         secret, over exactly these bytes, id and timestamp, and the timestamp is within tolerance
     */
    public void verify(String id, String timestamp, String signatures, byte[] body, Instant now) {
        if (keys.isEmpty()) {
            throw new WebhookRejectedException(Reason.NOT_CONFIGURED);
        }
        if (isBlank(id) || isBlank(timestamp) || isBlank(signatures)) {
            throw new WebhookRejectedException(Reason.MISSING_HEADERS);
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw new WebhookRejectedException(Reason.BAD_TIMESTAMP);
        }
        if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
            throw new WebhookRejectedException(Reason.STALE);
        }
        byte[] signed = signedContent(id, seconds, body);
        boolean matched = false;
        for (byte[] key : keys) {
            byte[] expected = hmac(key, signed);
            for (String candidate : signatures.strip().split(" +")) {
                byte[] given = v1Bytes(candidate);
                // no early exit: every pair is compared, in constant time
                matched |= given != null && MessageDigest.isEqual(expected, given);
            }
        }
        if (!matched) {
            throw new WebhookRejectedException(Reason.BAD_SIGNATURE);
        }
    }

    /** The {@code webhook-signature} value for a message, with the first active secret (tools and tests). */
    public String sign(String id, long timestamp, byte[] body) {
        if (keys.isEmpty()) {
            throw new IllegalStateException("no secret to sign with");
        }
        return "v1," + Base64.getEncoder().encodeToString(hmac(keys.get(0), signedContent(id, timestamp, body)));
    }

    private static byte[] v1Bytes(String candidate) {
        if (!candidate.startsWith("v1,")) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(candidate.substring(3));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] signedContent(String id, long timestamp, byte[] body) {
        byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
        byte[] content = Arrays.copyOf(prefix, prefix.length + body.length);
        System.arraycopy(body, 0, content, prefix.length, body.length);
        return content;
    }

    private static byte[] hmac(byte[] key, byte[] content) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

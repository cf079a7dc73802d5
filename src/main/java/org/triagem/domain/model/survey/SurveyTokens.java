package org.triagem.domain.model.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed token in a survey link: {@code base64url("s1." + surveyId + "." + expiryEpochSeconds) + "." +
 * base64url(HMAC-SHA256(secret, that payload))}. Holding a token is the only proof a customer needs
 * (there is no login), so the survey id inside it is useless without the signature, and a token stops
 * working at its expiry even if the row would still take answers. Signature checks compare in constant
 * time.
 */
public final class SurveyTokens {

    /** Short secrets make the HMAC guessable offline; 32 bytes is the HMAC-SHA256 block's half. */
    public static final int MIN_SECRET_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern PAYLOAD = Pattern.compile("s1\\.([1-9][0-9]{0,18})\\.([0-9]{1,12})");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public SurveyTokens(String secret) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the survey secret must have at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The token for the survey, valid until {@code expiresAt} (to the second). */
    public String issue(long surveyId, OffsetDateTime expiresAt) {
        byte[] payload = ("s1." + surveyId + "." + expiresAt.toEpochSecond()).getBytes(StandardCharsets.US_ASCII);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /**
     * The survey id the token names.
     *
     * @throws SurveyTokenException {@code INVALID} for anything not signed by us (tampered, truncated,
     *     another secret), {@code EXPIRED} for a genuine token past its expiry
     */
    public long verify(String token, OffsetDateTime now) {
        if (token == null || token.length() > 200) {
            throw new SurveyTokenException(SurveyTokenException.Reason.INVALID);
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw new SurveyTokenException(SurveyTokenException.Reason.INVALID);
        }
        byte[] payload;
        try {
            payload = DECODER.decode(token.substring(0, dot));
            if (!ENCODER.encodeToString(payload).equals(token.substring(0, dot))) {
                throw new IllegalArgumentException("not in canonical form");
            }
        } catch (IllegalArgumentException e) {
            throw new SurveyTokenException(SurveyTokenException.Reason.INVALID);
        }
        // Compared as the text we would have issued, so a signature spelt differently (base64's unused
        // trailing bits) is refused too: one survey, one valid link text.
        byte[] expected = ENCODER.encodeToString(sign(payload)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            throw new SurveyTokenException(SurveyTokenException.Reason.INVALID);
        }
        var fields = PAYLOAD.matcher(new String(payload, StandardCharsets.US_ASCII));
        if (!fields.matches()) {
            throw new SurveyTokenException(SurveyTokenException.Reason.INVALID);
        }
        if (now.toInstant().isAfter(Instant.ofEpochSecond(Long.parseLong(fields.group(2))))) {
            throw new SurveyTokenException(SurveyTokenException.Reason.EXPIRED);
        }
        return Long.parseLong(fields.group(1));
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}

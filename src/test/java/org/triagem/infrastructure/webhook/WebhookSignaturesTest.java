package org.triagem.infrastructure.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.triagem.infrastructure.webhook.WebhookRejectedException.Reason;

class WebhookSignaturesTest {

    // The worked example of docs/phone-integration.md.
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String EXPECTED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signsAsTheStandardWebhooksReferenceDoes() {
        assertThat(WebhookSignatures.withSecrets(SECRET).sign(ID, TIMESTAMP, BODY)).isEqualTo(EXPECTED);
    }

    @Test
    void acceptsASignatureByEitherActiveSecretAmongSeveral() {
        WebhookSignatures rotating = WebhookSignatures.withSecrets("whsec_b2xkLXNlY3JldA==, " + SECRET);
        assertThatCode(() -> rotating.verify(ID, String.valueOf(TIMESTAMP), "v1,AAAA " + EXPECTED, BODY,
                Instant.ofEpochSecond(TIMESTAMP + 299))).doesNotThrowAnyException();
    }

    @Test
    void refusesAStaleTimestamp() {
        assertThatThrownBy(() -> WebhookSignatures.withSecrets(SECRET).verify(ID, String.valueOf(TIMESTAMP), EXPECTED,
                BODY, Instant.ofEpochSecond(TIMESTAMP + 301)))
                .isInstanceOfSatisfying(WebhookRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.STALE));
    }

    @Test
    void refusesATamperedBody() {
        byte[] tampered = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WebhookSignatures.withSecrets(SECRET).verify(ID, String.valueOf(TIMESTAMP), EXPECTED,
                tampered, Instant.ofEpochSecond(TIMESTAMP)))
                .isInstanceOfSatisfying(WebhookRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE));
    }

    @Test
    void refusesEverythingWhenNoSecretIsConfigured() {
        assertThatThrownBy(() -> WebhookSignatures.withSecrets("").verify(ID, String.valueOf(TIMESTAMP), EXPECTED,
                BODY, Instant.ofEpochSecond(TIMESTAMP)))
                .isInstanceOfSatisfying(WebhookRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_CONFIGURED));
    }
}

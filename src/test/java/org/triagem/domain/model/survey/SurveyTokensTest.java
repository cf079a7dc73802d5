package org.triagem.domain.model.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SurveyTokensTest {

    private static final String SECRET = "test-only-survey-secret-0123456789abcdef";
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.UTC);
    private final SurveyTokens tokens = new SurveyTokens(SECRET);

    @Test
    void aTokenWeIssuedNamesItsSurveyUntilItExpires() {
        String token = tokens.issue(4711, NOW.plusDays(30));
        assertThat(tokens.verify(token, NOW)).isEqualTo(4711);
        assertThat(tokens.verify(token, NOW.plusDays(30))).isEqualTo(4711);
    }

    @Test
    void anExpiredTokenIsRefusedAsExpired() {
        String token = tokens.issue(4711, NOW.plusDays(30));
        assertThatThrownBy(() -> tokens.verify(token, NOW.plusDays(30).plusSeconds(1)))
                .isInstanceOfSatisfying(SurveyTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(SurveyTokenException.Reason.EXPIRED));
    }

    @Test
    void anotherSurveyIdInTheSamePayloadIsRefused() {
        String token = tokens.issue(4711, NOW.plusDays(30));
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("s1.4712." + NOW.plusDays(30).toEpochSecond()).getBytes(StandardCharsets.US_ASCII))
                + token.substring(token.indexOf('.'));
        assertInvalid(forged);
    }

    @Test
    void aLaterExpiryWithTheOldSignatureIsRefused() {
        String token = tokens.issue(4711, NOW.plusDays(1));
        String stretched = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("s1.4711." + NOW.plusDays(365).toEpochSecond()).getBytes(StandardCharsets.US_ASCII))
                + token.substring(token.indexOf('.'));
        assertInvalid(stretched);
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        String other = new SurveyTokens("another-secret-of-enough-length-0123456789").issue(4711, NOW.plusDays(30));
        assertInvalid(other);
    }

    @Test
    void garbageIsRefusedWithoutAnException() {
        for (String junk : new String[] {"", "abc", "a.b.c", "%%%.%%%", "4711", ".", "x".repeat(500)}) {
            assertInvalid(junk);
        }
        assertInvalid(null);
    }

    @Test
    void anyChangedCharacterIsRefused() {
        String token = tokens.issue(4711, NOW.plusDays(30));
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) != '.') {
                char c = token.charAt(i);
                assertInvalid(token.substring(0, i) + (c == 'A' ? 'B' : 'A') + token.substring(i + 1));
            }
        }
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> new SurveyTokens("short")).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertInvalid(String token) {
        assertThatThrownBy(() -> tokens.verify(token, NOW))
                .isInstanceOfSatisfying(SurveyTokenException.class,
                        e -> assertThat(e.reason()).isEqualTo(SurveyTokenException.Reason.INVALID));
    }
}

package org.triagem.domain.model.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.ProtocolNumber;

class OutgoingMailTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.ofHours(-3));
    private static final ProtocolNumber PROTOCOL = ProtocolNumber.issue(2026, 1);

    private static OutgoingMail mail() {
        return OutgoingMail.queue(PROTOCOL, MailKind.ACKNOWLEDGEMENT, "maria@example.com", "[#" + PROTOCOL + "] Oi",
                "Olá", "<" + PROTOCOL + ".1@triagem>", NOW);
    }

    @Test
    void startsPendingAndDueAtOnce() {
        OutgoingMail mail = mail();
        assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.attempts()).isZero();
        assertThat(mail.isDue(NOW)).isTrue();
        assertThat(mail.isDue(NOW.minusSeconds(1))).isFalse();
    }

    @Test
    void backsOffFromOneMinuteDoublingUpToOneHour() {
        OutgoingMail mail = mail();
        OffsetDateTime now = NOW;
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            mail.markFailed("421 try later", now, RetryPolicy.standard());
            waits.add(Duration.between(now, mail.nextAttemptAt()));
            now = mail.nextAttemptAt();
        }
        assertThat(waits).extracting(Duration::toMinutes).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
        assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.attempts()).isEqualTo(9);
        assertThat(mail.lastError()).isEqualTo("421 try later");
    }

    @Test
    void failsForGoodAfterTheLastAttempt() {
        OutgoingMail mail = mail();
        RetryPolicy threeTries = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(1), 3);
        mail.markFailed("timeout", NOW, threeTries);
        mail.markFailed("timeout", NOW, threeTries);
        assertThat(mail.status()).isEqualTo(MailStatus.PENDING);

        mail.markFailed("connection refused", NOW, threeTries);

        assertThat(mail.status()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.attempts()).isEqualTo(3);
        assertThat(mail.lastError()).isEqualTo("connection refused");
        assertThat(mail.isDue(NOW.plusDays(1))).isFalse();
        assertThatThrownBy(() -> mail.markSent(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void failsForGoodAfterTenAttemptsByDefault() {
        OutgoingMail mail = mail();
        for (int i = 0; i < 10; i++) {
            mail.markFailed("down", NOW, RetryPolicy.standard());
        }
        assertThat(mail.status()).isEqualTo(MailStatus.FAILED);
    }

    @Test
    void aRejectedMailFailsAtOnce() {
        OutgoingMail mail = mail();
        mail.markRejected("550 no such user", NOW);
        assertThat(mail.status()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.attempts()).isEqualTo(1);
    }

    @Test
    void sentRecordsTheTimeAndClearsTheLastError() {
        OutgoingMail mail = mail();
        mail.markFailed("down", NOW, RetryPolicy.standard());
        mail.markSent(NOW.plusMinutes(1));
        assertThat(mail.status()).isEqualTo(MailStatus.SENT);
        assertThat(mail.sentAt()).isEqualTo(NOW.plusMinutes(1));
        assertThat(mail.attempts()).isEqualTo(2);
        assertThat(mail.lastError()).isNull();
        assertThat(mail.isDue(NOW.plusDays(1))).isFalse();
        assertThatThrownBy(() -> mail.markFailed("x", NOW, RetryPolicy.standard()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLeaseKeepsTheMailFromBeingDueUntilItEnds() {
        OutgoingMail mail = mail();
        mail.leaseUntil(NOW.plusMinutes(5));
        assertThat(mail.isDue(NOW.plusMinutes(4))).isFalse();
        assertThat(mail.isDue(NOW.plusMinutes(5))).isTrue();
    }

    @Test
    void keepsHeadersInOrderAndRefusesHeaderInjection() {
        OutgoingMail mail = mail().withHeader("Auto-Submitted", "auto-replied").withHeader("X-Test", "a: b");
        assertThat(mail.headers()).containsExactly(
                org.assertj.core.api.Assertions.entry("Auto-Submitted", "auto-replied"),
                org.assertj.core.api.Assertions.entry("X-Test", "a: b"));
        assertThatThrownBy(() -> mail.withHeader("X-Evil", "x\r\nBcc: all@example.com"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mail.withHeader("Bad Name", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnUndeliverableRecipientWithoutShowingIt() {
        assertThatThrownBy(() -> OutgoingMail.queue(PROTOCOL, MailKind.STAFF_REPLY, "maria.example.com", "s", "b",
                "<x@triagem>", NOW)).hasMessageNotContaining("maria.example.com");
    }

    @Test
    void describesItselfWithTheAddressMasked() {
        assertThat(mail().toString()).contains("m***@example.com").doesNotContain("maria@");
    }
}

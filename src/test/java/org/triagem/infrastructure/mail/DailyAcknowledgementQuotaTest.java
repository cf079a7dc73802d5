package org.triagem.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.outbox.AcknowledgementQuota;
import org.triagem.domain.model.outbox.Outbox;
import org.triagem.domain.model.outbox.OutgoingMail;

class DailyAcknowledgementQuotaTest {

    /** Counts acknowledgements queued at the given times for one address. */
    private static final class CountingOutbox implements Outbox {
        final List<OffsetDateTime> queuedAt = new ArrayList<>();

        @Override
        public void add(OutgoingMail mail) {
        }

        @Override
        public List<OutgoingMail> claimDue(OffsetDateTime now, int limit) {
            return List.of();
        }

        @Override
        public int countAutomaticTo(String recipient, OffsetDateTime since) {
            return (int) queuedAt.stream().filter(t -> !t.isBefore(since)).count();
        }

        @Override
        public boolean hasFailedTo(String recipient) {
            return false;
        }

        @Override
        public boolean hasQueued(org.triagem.domain.model.complaint.ProtocolNumber protocol,
                org.triagem.domain.model.outbox.MailKind kind) {
            return false;
        }

        @Override
        public Optional<OutgoingMail> withMessageId(String messageId) {
            return Optional.empty();
        }
    }

    private static DailyAcknowledgementQuota quota(CountingOutbox outbox, String now) {
        DailyAcknowledgementQuota quota = new DailyAcknowledgementQuota();
        quota.outbox = outbox;
        quota.clock = Clock.fixed(Instant.parse(now), ZoneId.of("UTC"));
        quota.maxPerDay = 10;
        quota.zone = "America/Sao_Paulo";
        return quota;
    }

    @Test
    void allowsTenAcknowledgementsADayAndRefusesTheEleventh() {
        CountingOutbox outbox = new CountingOutbox();
        for (int i = 0; i < 9; i++) {
            outbox.queuedAt.add(OffsetDateTime.parse("2026-11-23T09:00:00-03:00"));
        }
        assertThat(quota(outbox, "2026-11-23T15:00:00Z").allowsAnotherTo("ana@example.com")).isTrue();
        outbox.queuedAt.add(OffsetDateTime.parse("2026-11-23T10:00:00-03:00"));
        assertThat(quota(outbox, "2026-11-23T15:00:00Z").allowsAnotherTo("ana@example.com")).isFalse();
    }

    @Test
    void theCountStartsAgainAtMidnightInBrazil() {
        CountingOutbox outbox = new CountingOutbox();
        for (int i = 0; i < 10; i++) {
            outbox.queuedAt.add(OffsetDateTime.parse("2026-11-23T22:00:00-03:00"));
        }
        // 02:30 UTC on the 24th is still the 23rd in São Paulo
        assertThat(quota(outbox, "2026-11-24T02:30:00Z").allowsAnotherTo("ana@example.com")).isFalse();
        assertThat(quota(outbox, "2026-11-24T03:30:00Z").allowsAnotherTo("ana@example.com")).isTrue();
    }

    @Test
    void aBatchTallyCountsTheAcknowledgementsTheBatchQueuesItself() {
        CountingOutbox outbox = new CountingOutbox();
        for (int i = 0; i < 8; i++) {
            outbox.queuedAt.add(OffsetDateTime.parse("2026-11-23T09:00:00-03:00"));
        }
        AcknowledgementQuota.Tally tally = quota(outbox, "2026-11-23T15:00:00Z").tally(List.of("ana@example.com"));

        assertThat(tally.allowsAnotherTo("ana@example.com")).isTrue();
        tally.queued("ana@example.com");
        assertThat(tally.allowsAnotherTo("Ana@Example.com")).as("the ninth, counted by the tally").isTrue();
        tally.queued("ANA@example.com");
        assertThat(tally.allowsAnotherTo("ana@example.com")).as("an eleventh today").isFalse();
    }

    @Test
    void aBatchTallyStartsFromTodaysCountInBrazil() {
        CountingOutbox outbox = new CountingOutbox();
        for (int i = 0; i < 10; i++) {
            outbox.queuedAt.add(OffsetDateTime.parse("2026-11-23T22:00:00-03:00"));
        }
        assertThat(quota(outbox, "2026-11-24T02:30:00Z").tally(List.of("ana@example.com"))
                .allowsAnotherTo("ana@example.com")).isFalse();
        assertThat(quota(outbox, "2026-11-24T03:30:00Z").tally(List.of("ana@example.com"))
                .allowsAnotherTo("ana@example.com")).isTrue();
    }
}

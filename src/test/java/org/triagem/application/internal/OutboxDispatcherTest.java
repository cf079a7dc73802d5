package org.triagem.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.outbox.MailDeliveryException;
import org.triagem.domain.model.outbox.MailKind;
import org.triagem.domain.model.outbox.MailStatus;
import org.triagem.domain.model.outbox.MailTransport;
import org.triagem.domain.model.outbox.Outbox;
import org.triagem.domain.model.outbox.OutgoingMail;
import org.triagem.domain.model.outbox.RetryPolicy;

class OutboxDispatcherTest {

    private static final OffsetDateTime START = OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.ofHours(-3));

    private final MutableClock clock = new MutableClock(START.toInstant());
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final SwitchableSmtp smtp = new SwitchableSmtp();
    private OutboxDispatcher dispatcher;

    @BeforeEach
    void setUp() {
        dispatcher = new OutboxDispatcher(outbox, smtp, new DirectTransactions(), clock,
                RetryPolicy.standard(), 20, Duration.ofMinutes(5));
    }

    private OutgoingMail queue(long sequence) {
        ProtocolNumber protocol = ProtocolNumber.issue(2026, sequence);
        OutgoingMail mail = OutgoingMail.queue(protocol, MailKind.ACKNOWLEDGEMENT, "maria@example.com",
                "[#" + protocol + "] Recebemos sua manifestação", "Olá", "<" + protocol + ".1@triagem>",
                OffsetDateTime.now(clock));
        outbox.add(mail);
        return mail;
    }

    @Test
    void sendsDueMailAndMarksItSent() {
        OutgoingMail mail = queue(1);

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(smtp.delivered).containsExactly(mail.messageId());
        assertThat(mail.status()).isEqualTo(MailStatus.SENT);
        assertThat(mail.sentAt()).isEqualTo(START);
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(smtp.delivered).hasSize(1);
    }

    @Test
    void anSmtpOutageKeepsTheMailPendingForALaterAttemptAndItIsSentWhenSmtpIsBack() {
        OutgoingMail mail = queue(1);
        smtp.down = true;

        assertThat(dispatcher.dispatchDue()).isZero();

        assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(mail.lastError()).contains("Connection refused");
        assertThat(mail.nextAttemptAt()).isEqualTo(START.plusMinutes(1));

        clock.advance(Duration.ofSeconds(30));
        assertThat(dispatcher.dispatchDue()).as("not due before the backoff ends").isZero();
        assertThat(smtp.tries).isEqualTo(1);

        clock.advance(Duration.ofSeconds(30));
        dispatcher.dispatchDue();
        assertThat(mail.nextAttemptAt()).isEqualTo(START.plusMinutes(1).plusMinutes(2));

        smtp.down = false;
        clock.advance(Duration.ofMinutes(2));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(mail.status()).isEqualTo(MailStatus.SENT);
        assertThat(mail.attempts()).isEqualTo(3);
        assertThat(smtp.delivered).containsExactly(mail.messageId());
    }

    @Test
    void aRefusedRecipientFailsAtOnceWithoutHoldingUpTheOthers() {
        OutgoingMail refused = queue(1);
        OutgoingMail fine = queue(2);
        smtp.refuse = refused.messageId();

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(refused.status()).isEqualTo(MailStatus.FAILED);
        assertThat(fine.status()).isEqualTo(MailStatus.SENT);
    }

    @Test
    void aMailBeingSentIsLeasedSoAnotherNodeDoesNotClaimIt() {
        queue(1);
        OffsetDateTime now = OffsetDateTime.now(clock);
        smtp.onSend = () -> assertThat(outbox.claimDue(now, 10)).as("claimed by a second node mid-send").isEmpty();

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
    }

    @Test
    void anUnexpectedTransportErrorCountsAsATemporaryFailure() {
        OutgoingMail mail = queue(1);
        smtp.onSend = () -> {
            throw new IndexOutOfBoundsException("malformed header");
        };

        dispatcher.dispatchDue();

        assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.nextAttemptAt()).isEqualTo(START.plusMinutes(1));
    }

    /** Stands in for SMTP: up, down, or refusing one recipient. */
    private static final class SwitchableSmtp implements MailTransport {
        boolean down;
        String refuse;
        Runnable onSend = () -> { };
        int tries;
        final List<String> delivered = new ArrayList<>();

        @Override
        public void send(OutgoingMail mail) {
            tries++;
            if (down) {
                throw new MailDeliveryException("MailConnectException: Connection refused", false, null);
            }
            if (mail.messageId().equals(refuse)) {
                throw new MailDeliveryException("550 5.1.1 no such user", true, null);
            }
            onSend.run();
            delivered.add(mail.messageId());
        }
    }

    private static final class DirectTransactions implements Transactions {
        @Override
        public <T> T inNewTransaction(java.util.function.Supplier<T> work) {
            return work.get();
        }
    }

    private static final class InMemoryOutbox implements Outbox {
        private final List<OutgoingMail> mails = new ArrayList<>();

        @Override
        public void add(OutgoingMail mail) {
            mails.add(mail);
        }

        @Override
        public List<OutgoingMail> claimDue(OffsetDateTime now, int limit) {
            return mails.stream().filter(m -> m.isDue(now))
                    .sorted(Comparator.comparing(OutgoingMail::nextAttemptAt)).limit(limit).toList();
        }

        @Override
        public int countAutomaticTo(String recipient, OffsetDateTime since) {
            return (int) mails.stream().filter(m -> m.recipient().equalsIgnoreCase(recipient)).count();
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
            return mails.stream().filter(m -> m.messageId().equals(messageId)).findFirst();
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.ofHours(-3);
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

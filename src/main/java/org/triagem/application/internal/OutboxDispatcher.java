package org.triagem.application.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.domain.model.outbox.MailDeliveryException;
import org.triagem.domain.model.outbox.MailTransport;
import org.triagem.domain.model.outbox.Outbox;
import org.triagem.domain.model.outbox.OutgoingMail;
import org.triagem.domain.model.outbox.RetryPolicy;

/**
 * Sends the outbox. Every few seconds it claims the due mail in one short transaction, leasing it so
 * no other node takes it meanwhile, sends each mail outside any transaction, and records the outcome
 * in a transaction per mail. A node that dies mid-send leaves its mails leased; they are due again
 * when the lease ends, so delivery is at least once.
 */
@ApplicationScoped
class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    MailTransport transport;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "triagem.outbox.poll.seconds", defaultValue = "5")
    long pollSeconds;

    @Inject
    @ConfigProperty(name = "triagem.outbox.batch.size", defaultValue = "20")
    int batchSize;

    @Inject
    @ConfigProperty(name = "triagem.outbox.lease.seconds", defaultValue = "300")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "triagem.outbox.max.attempts", defaultValue = "10")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "triagem.outbox.backoff.initial.seconds", defaultValue = "60")
    long initialBackoffSeconds;

    @Inject
    @ConfigProperty(name = "triagem.outbox.backoff.max.seconds", defaultValue = "3600")
    long maxBackoffSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile ScheduledFuture<?> polling;

    protected OutboxDispatcher() {
        // for CDI
    }

    /** For tests: no scheduler, the caller runs {@link #dispatchDue()}. */
    public OutboxDispatcher(Outbox outbox, MailTransport transport, Transactions transactions, Clock clock,
            RetryPolicy policy, int batchSize, Duration lease) {
        this.outbox = outbox;
        this.transport = transport;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = batchSize;
        this.leaseSeconds = lease.toSeconds();
        this.maxAttempts = policy.maxAttempts();
        this.initialBackoffSeconds = policy.initialDelay().toSeconds();
        this.maxBackoffSeconds = policy.maxDelay().toSeconds();
    }

    /** Polls the outbox every {@code triagem.outbox.poll.seconds}, one round at a time. */
    public synchronized void start() {
        if (polling == null) {
            polling = scheduler.scheduleWithFixedDelay(this::dispatchQuietly, pollSeconds, pollSeconds,
                    TimeUnit.SECONDS);
        }
    }

    /** Stops polling; a round under way finishes its current mail's bookkeeping. */
    @PreDestroy
    public synchronized void stop() {
        if (polling != null) {
            polling.cancel(false);
            polling = null;
        }
    }

    /** One round: claims the due mail and tries each once. Returns how many were sent. */
    public int dispatchDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<OutgoingMail> claimed = transactions.inNewTransaction(() -> {
            List<OutgoingMail> due = outbox.claimDue(now, batchSize);
            due.forEach(mail -> mail.leaseUntil(now.plusSeconds(leaseSeconds)));
            return due;
        });
        int sent = 0;
        for (OutgoingMail mail : claimed) {
            sent += attempt(mail) ? 1 : 0;
        }
        return sent;
    }

    private boolean attempt(OutgoingMail mail) {
        try {
            transport.send(mail);
        } catch (MailDeliveryException e) {
            record(mail, m -> failed(m, e));
            return false;
        } catch (RuntimeException e) {
            record(mail, m -> failed(m, new MailDeliveryException(e.toString(), false, e)));
            return false;
        }
        record(mail, m -> m.markSent(OffsetDateTime.now(clock)));
        return true;
    }

    private void failed(OutgoingMail mail, MailDeliveryException e) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (e.isPermanent()) {
            mail.markRejected(e.getMessage(), now);
        } else {
            mail.markFailed(e.getMessage(), now, policy());
        }
        LOG.warning(() -> "could not send " + mail + ": " + e.getMessage()
                + (mail.isDue(now) ? "" : "; next attempt at " + mail.nextAttemptAt()));
    }

    private void record(OutgoingMail claimed, java.util.function.Consumer<OutgoingMail> outcome) {
        try {
            transactions.inNewTransaction(() -> {
                outbox.withMessageId(claimed.messageId()).ifPresent(outcome);
                return null;
            });
        } catch (RuntimeException e) {
            // The lease runs out and the mail is tried again: at least once, never lost.
            LOG.log(Level.WARNING, "could not record the outcome for " + claimed, e);
        }
    }

    private RetryPolicy policy() {
        return new RetryPolicy(Duration.ofSeconds(initialBackoffSeconds), Duration.ofSeconds(maxBackoffSeconds),
                maxAttempts);
    }

    private void dispatchQuietly() {
        try {
            int sent = dispatchDue();
            if (sent > 0) {
                LOG.fine(() -> "outbox: " + sent + " mail sent");
            }
        } catch (RuntimeException e) {
            // Thrown out of a scheduled task, it would silently end the polling.
            LOG.log(Level.WARNING, "outbox round failed", e);
        }
    }
}

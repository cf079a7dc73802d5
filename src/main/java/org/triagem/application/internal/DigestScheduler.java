package org.triagem.application.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.triagem.application.DigestService;
import org.triagem.application.digest.DigestSchedule;

/**
 * Sends the digests when the schedule says they are due, on every node. Each round asks the schedule for
 * its latest run and, for every department with recipients, tries to send that run's digest in a
 * transaction of its own; the digest runs table lets exactly one node's transaction do it, whatever the
 * number of nodes or rounds. A round is cheap when nothing is due (an insert that conflicts), so rounds
 * can be frequent, and a node that was down at the hour sends the digest when it comes back.
 */
@ApplicationScoped
class DigestScheduler {

    private static final Logger LOG = Logger.getLogger(DigestScheduler.class.getName());

    /** Who the digest runs table says sent a scheduled digest. */
    static final String SCHEDULE = "schedule";

    @Inject
    DefaultDigestService digests;

    @Inject
    DigestSettings settings;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile ScheduledFuture<?> polling;

    protected DigestScheduler() {
        // for CDI
    }

    /** For tests: no executor, the caller runs {@link #sendDue()}. */
    DigestScheduler(DefaultDigestService digests, DigestSettings settings, Transactions transactions, Clock clock) {
        this.digests = digests;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Checks every {@code triagem.digest.poll.seconds}, the first time shortly after start-up. */
    public synchronized void start() {
        if (settings.enabled() && polling == null) {
            long every = Math.max(1, settings.pollSeconds());
            polling = scheduler.scheduleWithFixedDelay(this::sendQuietly, Math.min(every, 10), every, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    public synchronized void stop() {
        if (polling != null) {
            polling.cancel(false);
            polling = null;
        }
    }

    /** One round: the latest run's digest to every department that has not had it. Returns how many were sent. */
    public int sendDue() {
        DigestSchedule.Run run = settings.schedule().latestAt(clock.instant());
        int sent = 0;
        for (String department : settings.recipients().departments()) {
            try {
                DigestService.Delivery delivery = transactions.inNewTransaction(
                        () -> digests.sendOnce(department, run.period(), SCHEDULE));
                sent += delivery.outcome() == DigestService.Outcome.SENT ? 1 : 0;
            } catch (RuntimeException e) {
                // Rolled back with its run row: the next round tries this department again.
                LOG.log(Level.WARNING, "digest of " + department + " for " + run.period() + " failed; retried next round", e);
            }
        }
        return sent;
    }

    private void sendQuietly() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            // Thrown out of a scheduled task, it would silently end the polling.
            LOG.log(Level.WARNING, "digest round failed", e);
        }
    }
}

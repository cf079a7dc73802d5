package org.triagem.application.subject;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Escalates subject requests whose clock reaches a checkpoint, as the case sweeper escalates cases: every
 * poll (the escalation's, {@code triagem.escalation.poll.seconds}) it claims the due requests by the
 * application's clock with {@code SKIP LOCKED}, leased so other nodes skip them, and escalates each in a
 * transaction of its own. A node that dies mid-round leaves its claims to their lease.
 */
@ApplicationScoped
public class SubjectRequestSweeper {

    private static final Logger LOG = Logger.getLogger(SubjectRequestSweeper.class.getName());
    private static final int BATCH = 100;

    @Inject
    SubjectRequestEscalation escalation;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "triagem.escalation.poll.seconds", defaultValue = "15")
    long pollSeconds;

    @Inject
    @ConfigProperty(name = "triagem.escalation.lease.seconds", defaultValue = "120")
    int leaseSeconds;

    @Inject
    @ConfigProperty(name = "triagem.escalation.enabled", defaultValue = "true")
    boolean enabled;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile ScheduledFuture<?> polling;

    /** Sweeps every poll; the first round, a catch-up after downtime, runs at once. */
    public synchronized void start() {
        if (enabled && polling == null) {
            polling = scheduler.scheduleWithFixedDelay(this::sweepQuietly, 0, pollSeconds, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    public synchronized void stop() {
        if (polling != null) {
            polling.cancel(false);
            polling = null;
        }
    }

    /** One round: every due request escalated once; how many were. */
    public int sweepDue() {
        int escalated = 0;
        List<Long> claimed;
        do {
            OffsetDateTime now = OffsetDateTime.now(clock);
            claimed = escalation.claimDue(now, BATCH, leaseSeconds);
            for (long id : claimed) {
                escalated += escalateQuietly(id) ? 1 : 0;
            }
        } while (claimed.size() == BATCH);
        return escalated;
    }

    private boolean escalateQuietly(long id) {
        try {
            return escalation.escalate(id, OffsetDateTime.now(clock));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "subject request " + id + " could not escalate; retried after its lease", e);
            return false;
        }
    }

    private void sweepQuietly() {
        try {
            sweepDue();
        } catch (RuntimeException e) {
            // Thrown out of a scheduled task, it would silently end the polling.
            LOG.log(Level.WARNING, "subject request round failed", e);
        }
    }
}

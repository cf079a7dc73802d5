package org.triagem.application.internal;

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
import org.triagem.application.EscalationService;
import org.triagem.domain.model.sla.Checkpoints;

/**
 * The escalation sweeper. Every poll it claims the checkpoints due by the database's clock in batches (in
 * due order, leased so that other nodes skip them) and fires each in a transaction of its own. At start-up
 * the first round catches up on everything that fell due while no node ran: each overdue checkpoint fires
 * once, in due order. A node killed mid-round leaves its unfired claims to their lease; another node takes
 * them when it runs out. Firing marks the row in the transaction that applies it, so nothing fires twice.
 */
@ApplicationScoped
public class EscalationSweeper implements EscalationService {

    private static final Logger LOG = Logger.getLogger(EscalationSweeper.class.getName());

    @Inject
    Checkpoints checkpoints;

    @Inject
    CheckpointEscalation escalation;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    /** An escalation fires at most this long after it falls due. */
    @Inject
    @ConfigProperty(name = "triagem.escalation.poll.seconds", defaultValue = "15")
    long pollSeconds;

    @Inject
    @ConfigProperty(name = "triagem.escalation.batch.size", defaultValue = "200")
    int batchSize;

    /** How long a claim keeps other nodes off; longer than a batch takes, short enough to recover a dead node's. */
    @Inject
    @ConfigProperty(name = "triagem.escalation.lease.seconds", defaultValue = "120")
    int leaseSeconds;

    @Inject
    @ConfigProperty(name = "triagem.escalation.enabled", defaultValue = "true")
    boolean enabled;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile ScheduledFuture<?> polling;
    private volatile boolean stopping;

    protected EscalationSweeper() {
        // for CDI
    }

    /** For tests: no scheduler, the caller runs {@link #sweepDue()}. */
    public EscalationSweeper(Checkpoints checkpoints, CheckpointEscalation escalation, Transactions transactions,
            Clock clock, int batchSize, int leaseSeconds) {
        this.checkpoints = checkpoints;
        this.escalation = escalation;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = batchSize;
        this.leaseSeconds = leaseSeconds;
    }

    /** Sweeps every {@code triagem.escalation.poll.seconds}; the first round (the catch-up) runs at once. */
    public synchronized void start() {
        if (enabled && polling == null) {
            stopping = false;
            polling = scheduler.scheduleWithFixedDelay(this::sweepQuietly, 0, pollSeconds, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    public synchronized void stop() {
        stopping = true;
        if (polling != null) {
            polling.cancel(false);
            polling = null;
        }
    }

    @Override
    public int sweepDue() {
        int fired = 0;
        List<Long> claimed;
        do {
            claimed = transactions.inNewTransaction(() -> checkpoints.claimDue(batchSize, leaseSeconds));
            for (Long id : claimed) {
                if (stopping) {
                    return fired;
                }
                fired += fireQuietly(id) ? 1 : 0;
            }
        } while (claimed.size() == batchSize && !stopping);
        return fired;
    }

    private boolean fireQuietly(long id) {
        try {
            return transactions.inNewTransaction(() -> escalation.fire(id, OffsetDateTime.now(clock)));
        } catch (RuntimeException e) {
            // Rolled back: the checkpoint stays open and leased; it is tried again when the lease ends.
            LOG.log(Level.WARNING, "checkpoint " + id + " could not fire; retried after its lease", e);
            return false;
        }
    }

    private void sweepQuietly() {
        try {
            int fired = sweepDue();
            if (fired > 0) {
                LOG.fine(() -> "escalation: " + fired + " checkpoints fired");
            }
        } catch (RuntimeException e) {
            // Thrown out of a scheduled task, it would silently end the polling.
            LOG.log(Level.WARNING, "escalation round failed", e);
        }
    }
}

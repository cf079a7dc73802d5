package org.triagem.application.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.application.EscalationService;
import org.triagem.domain.model.sla.Checkpoints;

/**
 * The escalation sweeper. Every poll it claims the checkpoints due by the application's clock in batches (in
 * due order, leased so that other nodes skip them) and fires each in a transaction of its own. A batch is
 * split into lanes by case: a case's checkpoints fire one after another in due order, different cases in
 * parallel on {@code triagem.escalation.workers} managed threads. At start-up the first round catches up
 * on everything that fell due while no node ran. A node killed mid-round leaves its unfired claims to
 * their lease; another node takes them when it runs out. Firing marks the row in the transaction that
 * applies it, so nothing fires twice.
 */
@ApplicationScoped
class EscalationSweeper implements EscalationService {

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

    /** Lanes fired in parallel; 1 fires a batch strictly in due order. */
    @Inject
    @ConfigProperty(name = "triagem.escalation.workers", defaultValue = "4")
    int workers;

    @Inject
    @ConfigProperty(name = "triagem.escalation.enabled", defaultValue = "true")
    boolean enabled;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService lanes;

    private volatile ScheduledFuture<?> polling;
    private volatile boolean stopping;

    protected EscalationSweeper() {
        // for CDI
    }

    /** For tests: no scheduler and one lane; the caller runs {@link #sweepDue()}. */
    public EscalationSweeper(Checkpoints checkpoints, CheckpointEscalation escalation, Transactions transactions,
            Clock clock, int batchSize, int leaseSeconds) {
        this.checkpoints = checkpoints;
        this.escalation = escalation;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = batchSize;
        this.leaseSeconds = leaseSeconds;
        this.workers = 1;
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
        List<Checkpoints.Claim> claimed;
        do {
            OffsetDateTime now = OffsetDateTime.now(clock);
            claimed = transactions.inNewTransaction(() -> checkpoints.claimDue(now, batchSize, leaseSeconds));
            fired += fire(claimed);
        } while (claimed.size() == batchSize && !stopping);
        return fired;
    }

    private int fire(List<Checkpoints.Claim> claimed) {
        int laneCount = lanes == null ? 1 : Math.max(1, Math.min(workers, claimed.size()));
        if (laneCount == 1) {
            return fireInOrder(claimed);
        }
        List<List<Checkpoints.Claim>> split = new ArrayList<>();
        for (int i = 0; i < laneCount; i++) {
            split.add(new ArrayList<>());
        }
        // Claims arrive in due order; a lane per case keeps each case's checkpoints in that order.
        claimed.forEach(c -> split.get(Math.floorMod(Long.hashCode(c.caseId()), laneCount)).add(c));
        AtomicInteger fired = new AtomicInteger();
        CompletableFuture.allOf(split.stream()
                .map(lane -> CompletableFuture.runAsync(() -> fired.addAndGet(fireInOrder(lane)), lanes))
                .toArray(CompletableFuture[]::new)).join();
        return fired.get();
    }

    private int fireInOrder(List<Checkpoints.Claim> lane) {
        int fired = 0;
        for (Checkpoints.Claim claim : lane) {
            if (stopping) {
                break;
            }
            fired += fireQuietly(claim.checkpointId()) ? 1 : 0;
        }
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

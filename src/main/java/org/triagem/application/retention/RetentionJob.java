package org.triagem.application.retention;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.domain.model.retention.DataKind;
import org.triagem.domain.model.retention.PrivacyAudit;
import org.triagem.domain.model.retention.RetentionPolicy;
import org.triagem.domain.model.retention.RetentionRun;
import org.triagem.domain.model.retention.RetentionSweeps;
import org.triagem.domain.model.retention.SubjectCases;

/**
 * The retention job: every {@code triagem.retention.poll-seconds} (and on request) it applies each policy in
 * batches of {@code triagem.retention.batch.size}, each batch claimed with {@code SKIP LOCKED} in a
 * transaction of its own, until a claim comes back short. Any number of nodes may run it at once, each with
 * {@code triagem.retention.workers} workers claiming side by side: they share the rows and none handles one
 * twice. A run is recorded with its counts, logged in one line without personal
 * data, and counted in the metrics. A dry run only counts.
 */
@ApplicationScoped
public class RetentionJob implements RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    RetentionSettings settings;

    @Inject
    RetentionBatches batches;

    @Inject
    SubjectCases cases;

    @Inject
    RetentionSweeps sweeps;

    @Inject
    PrivacyAudit audit;

    @Inject
    RetentionMetrics metrics;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "triagem.retention.enabled", defaultValue = "true")
    boolean enabled;

    /** Retention is not urgent: hourly by default, the first round one period after start-up. */
    @Inject
    @ConfigProperty(name = "triagem.retention.poll-seconds", defaultValue = "3600")
    long pollSeconds;

    @Inject
    @ConfigProperty(name = "triagem.retention.batch.size", defaultValue = "500")
    int batchSize;

    /**
     * Workers per node, each claiming its own batches. The job shares the machine with intake: on a busy node
     * one worker waits on the database half the time and gets one thread's share of the processors, so a
     * second one nearly doubles what the job gets done (docs/benchmarks.md section 11).
     */
    @Inject
    @ConfigProperty(name = "triagem.retention.workers", defaultValue = "2")
    int workers;

    /** The node's name in the runs' records; the server's host name when not set. */
    @Inject
    @ConfigProperty(name = "triagem.node.name")
    Optional<String> nodeName;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService workerThreads;

    private volatile ScheduledFuture<?> polling;
    private volatile boolean stopping;

    public synchronized void start() {
        settings.policy();
        if (enabled && polling == null) {
            stopping = false;
            polling = scheduler.scheduleWithFixedDelay(this::runQuietly, pollSeconds, pollSeconds, TimeUnit.SECONDS);
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
    public RetentionPolicy policy() {
        return settings.policy();
    }

    @Override
    public RetentionRun run(boolean dryRun) {
        RetentionPolicy policy = settings.policy();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long runId = audit.startRun(node(), dryRun, now);
        Map<DataKind, Long> counts = new EnumMap<>(DataKind.class);
        OffsetDateTime callsSince = policy.callRecordCutoff(now);
        RetentionPolicy.cutoff(policy.closedCaseDays(), now).ifPresent(untouchedSince -> counts.put(
                DataKind.CLOSED_CASES, dryRun ? cases.countExpired(untouchedSince, callsSince)
                        : anonymiseExpired(untouchedSince, callsSince, runId, policy.closedCaseDays(), now)));
        for (DataKind kind : List.of(DataKind.QUARANTINE, DataKind.ATTACHMENTS, DataKind.OUTBOX_BODIES,
                DataKind.SURVEY_COMMENTS, DataKind.CALL_RECORDS)) {
            RetentionPolicy.cutoff(days(policy, kind), now).ifPresent(cutoff -> counts.put(kind,
                    dryRun ? sweeps.countDue(kind, cutoff) : sweep(kind, cutoff)));
        }
        RetentionRun run = audit.finishRun(runId, OffsetDateTime.now(clock), counts);
        if (!dryRun) {
            counts.forEach(metrics::removed);
        }
        LOG.info(() -> "retention run " + runId + (dryRun ? " (dry)" : "") + ": " + counts);
        return run;
    }

    @Override
    public List<RetentionRun> recentRuns(int limit) {
        return audit.recentRuns(limit);
    }

    private long anonymiseExpired(OffsetDateTime untouchedSince, OffsetDateTime callsSince, long runId, int days,
            OffsetDateTime now) {
        return inWorkers(() -> anonymiseExpiredByOne(untouchedSince, callsSince, runId, days, now));
    }

    /** One worker's share: its own claims, from its own place in the ids (the others' locked rows skipped). */
    private long anonymiseExpiredByOne(OffsetDateTime untouchedSince, OffsetDateTime callsSince, long runId,
            int days, OffsetDateTime now) {
        long anonymised = 0;
        long afterId = 0;
        RetentionBatches.Outcome batch;
        do {
            batch = batches.anonymiseExpired(untouchedSince, callsSince, afterId, batchSize, runId, days, now);
            anonymised += batch.anonymised();
            afterId = batch.lastId();
        } while (batch.claimed() == batchSize && !stopping);
        return anonymised;
    }

    private long sweep(DataKind kind, OffsetDateTime cutoff) {
        return inWorkers(() -> sweepByOne(kind, cutoff));
    }

    private long sweepByOne(DataKind kind, OffsetDateTime cutoff) {
        long removed = 0;
        int batch;
        do {
            batch = batches.sweep(kind, cutoff, batchSize);
            removed += batch;
        } while (batch == batchSize && !stopping);
        return removed;
    }

    /** Runs the worker {@code workers} times side by side (this thread is one of them) and adds up their counts. */
    private long inWorkers(LongSupplier worker) {
        List<CompletableFuture<Long>> others = new ArrayList<>();
        for (int i = 1; i < workers; i++) {
            others.add(CompletableFuture.supplyAsync(worker::getAsLong, workerThreads));
        }
        long total = worker.getAsLong();
        try {
            for (CompletableFuture<Long> other : others) {
                total += other.join();
            }
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return total;
    }

    private static int days(RetentionPolicy p, DataKind kind) {
        return switch (kind) {
            case CLOSED_CASES -> p.closedCaseDays();
            case QUARANTINE -> p.quarantineDays();
            case ATTACHMENTS -> p.attachmentDays();
            case OUTBOX_BODIES -> p.outboxBodyDays();
            case SURVEY_COMMENTS -> p.surveyCommentDays();
            case CALL_RECORDS -> p.callRecordDays();
        };
    }

    /** The node's name, or its host's, for the run's record: which node did what. */
    private String node() {
        if (nodeName.isPresent() && !nodeName.get().isBlank()) {
            return nodeName.get().strip();
        }
        String host = System.getenv().getOrDefault("HOSTNAME", "");
        if (host.isEmpty()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "unknown";
            }
        }
        return host;
    }

    private void runQuietly() {
        try {
            run(false);
        } catch (RuntimeException e) {
            // Thrown out of a scheduled task, it would silently end the schedule.
            LOG.log(Level.WARNING, "retention run failed; tried again at the next round", e);
        }
    }
}

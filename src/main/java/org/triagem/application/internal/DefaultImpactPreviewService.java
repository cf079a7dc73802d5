package org.triagem.application.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.application.ImpactJob;
import org.triagem.application.ImpactPreviewService;
import org.triagem.application.RuleEngine;
import org.triagem.application.RuleSetService;
import org.triagem.domain.model.catalogue.CatalogueKind;
import org.triagem.domain.model.catalogue.Catalogues;
import org.triagem.domain.model.impact.ImpactPreview;
import org.triagem.domain.model.impact.ImpactPreviewNotFoundException;
import org.triagem.domain.model.impact.ImpactPreviews;
import org.triagem.domain.model.impact.ImpactTally;
import org.triagem.domain.model.impact.InvalidImpactWindowException;
import org.triagem.domain.model.impact.PastComplaint;
import org.triagem.domain.model.impact.PastComplaints;
import org.triagem.domain.model.ruleset.RulesUnavailableException;
import org.triagem.domain.model.ruleset.StoredTree;

/**
 * Runs impact previews in the container's managed executor. A preview reads the window's cases a page
 * at a time (newest first, by keyset), splits each page between {@code triagem.impact.workers} tasks
 * that decide their share with both versions, and adds the shares' tallies in page order. It writes one
 * row, the finished summary, and nothing else: no case, no event, no KPI.
 */
@ApplicationScoped
class DefaultImpactPreviewService implements ImpactPreviewService {

    private static final Logger LOG = Logger.getLogger(DefaultImpactPreviewService.class.getName());
    /** Runs kept on this node for their progress streams; older finished ones are forgotten. */
    private static final int RUNS_KEPT = 20;

    @Inject
    RuleSetService rulesets;

    @Inject
    RuleEngine engine;

    @Inject
    PastComplaints past;

    @Inject
    ImpactPreviews previews;

    @Inject
    Catalogues catalogues;

    @Inject
    Transactions transactions;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "triagem.impact.page-size", defaultValue = "2000")
    int pageSize;

    /** Deciding is CPU work: one task per core is all that helps. */
    @Inject
    @ConfigProperty(name = "triagem.impact.workers", defaultValue = "2")
    int workers;

    @Inject
    @ConfigProperty(name = "triagem.default.department", defaultValue = "Atendimento")
    String fallbackDepartment;

    @Inject
    @ConfigProperty(name = "triagem.fallback.priority", defaultValue = "P2")
    String fallbackPriority;

    @Inject
    @ConfigProperty(name = "triagem.fallback.first-response-minutes", defaultValue = "240")
    int fallbackFirstResponseMinutes;

    @Inject
    @ConfigProperty(name = "triagem.fallback.resolution-minutes", defaultValue = "1440")
    int fallbackResolutionMinutes;

    private final Map<String, ImpactRun> runs = new LinkedHashMap<>();

    @Override
    public ImpactJob start(long proposedVersion, int days, String requestedBy) {
        InvalidImpactWindowException.check(days);
        StoredTree proposed = rulesets.tree(proposedVersion);
        long activeNumber = rulesets.activeNumber()
                .orElseThrow(() -> new RulesUnavailableException("no rule-set version is active yet", null));
        StoredTree active = rulesets.tree(activeNumber);
        ImpactReplay replay = new ImpactReplay(engine, catalogues.current(CatalogueKind.DEPARTMENT),
                ImpactReplay.fallback(fallbackDepartment, fallbackPriority, fallbackFirstResponseMinutes,
                        fallbackResolutionMinutes));
        ImpactRun run = new ImpactRun(UUID.randomUUID().toString(), proposedVersion, activeNumber, days);
        remember(run);
        OffsetDateTime startedAt = OffsetDateTime.now(clock);
        executor.execute(() -> replayAll(run, new Versions(active, proposed), replay, days, requestedBy, startedAt));
        return run.snapshot();
    }

    @Override
    public ImpactJob job(String id) {
        return run(id).snapshot();
    }

    @Override
    public void follow(String id, Predicate<ImpactJob> listener) {
        run(id).follow(listener);
    }

    @Override
    public Optional<ImpactPreview> latestFor(long proposedVersion) {
        return transactions.inNewTransaction(() -> previews.latestFor(proposedVersion));
    }

    private record Versions(StoredTree active, StoredTree proposed) {
    }

    private void replayAll(ImpactRun run, Versions versions, ImpactReplay replay, int days, String requestedBy,
            OffsetDateTime startedAt) {
        try {
            engine.prepare(versions.active());
            engine.prepare(versions.proposed());
            OffsetDateTime since = startedAt.minusDays(days);
            run.counted(past.countSince(since));
            ImpactTally tally = new ImpactTally();
            PastComplaints.Page page = past.page(since, Long.MAX_VALUE, pageSize);
            while (!page.isEmpty()) {
                tally.add(decideInParallel(page.complaints(), versions, replay));
                run.replayed(tally.complaints());
                page = past.page(since, page.lastId(), pageSize);
            }
            ImpactPreview preview = new ImpactPreview(run.snapshot().proposedVersion(), versions.active().number(), days,
                    requestedBy, startedAt, OffsetDateTime.now(clock), tally.summary());
            transactions.inNewTransaction(() -> {
                previews.store(preview);
                return null;
            });
            LOG.info(() -> "impact preview of v" + preview.proposedVersion() + " against v" + preview.activeVersion()
                    + ": " + preview.summary().complaints() + " case(s), " + preview.summary().unchanged()
                    + " unchanged");
            run.finished(preview);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "impact preview " + run.snapshot().id() + " failed", e);
            run.failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** Splits the page into one share per worker; the shares' tallies are added back in page order. */
    private ImpactTally decideInParallel(List<PastComplaint> page, Versions versions, ImpactReplay replay) {
        int shares = Math.max(1, Math.min(workers, page.size() / 100));
        int size = (page.size() + shares - 1) / shares;
        List<CompletableFuture<ImpactTally>> tallies = new ArrayList<>();
        for (int from = 0; from < page.size(); from += size) {
            List<PastComplaint> share = page.subList(from, Math.min(page.size(), from + size));
            tallies.add(from + size >= page.size() ? CompletableFuture.completedFuture(decide(share, versions, replay))
                    : executor.supplyAsync(() -> decide(share, versions, replay)));
        }
        ImpactTally whole = new ImpactTally();
        tallies.forEach(t -> whole.add(t.join()));
        return whole;
    }

    private static ImpactTally decide(List<PastComplaint> share, Versions versions, ImpactReplay replay) {
        ImpactTally tally = new ImpactTally();
        for (PastComplaint c : share) {
            var complaint = c.facts().complaint();
            tally.record(c.protocol(), replay.decide(complaint, versions.active()),
                    replay.decide(complaint, versions.proposed()));
        }
        return tally;
    }

    private synchronized void remember(ImpactRun run) {
        runs.put(run.snapshot().id(), run);
        var oldestFirst = runs.values().iterator();
        int extra = runs.size() - RUNS_KEPT;
        while (extra > 0 && oldestFirst.hasNext()) {
            if (oldestFirst.next().snapshot().finished()) {
                oldestFirst.remove();
                extra--;
            }
        }
    }

    private synchronized ImpactRun run(String id) {
        ImpactRun run = runs.get(id);
        if (run == null) {
            throw ImpactPreviewNotFoundException.job(id);
        }
        return run;
    }
}

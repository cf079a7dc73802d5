package org.triagem.application.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.triagem.application.ImpactJob;
import org.triagem.domain.model.impact.ImpactPreview;

/**
 * One preview in progress on this node: its counters, and whoever follows it (a progress stream). The
 * worker moves it forward; listeners hear every step, and are dropped when they stop listening or the
 * run ends.
 */
final class ImpactRun {

    private final String id;
    private final long proposedVersion;
    private final long activeVersion;
    private final int days;
    private final List<Predicate<ImpactJob>> listeners = new CopyOnWriteArrayList<>();
    private volatile ImpactJob now;

    ImpactRun(String id, long proposedVersion, long activeVersion, int days) {
        this.id = id;
        this.proposedVersion = proposedVersion;
        this.activeVersion = activeVersion;
        this.days = days;
        this.now = job(ImpactJob.State.RUNNING, 0, 0, null, null);
    }

    ImpactJob snapshot() {
        return now;
    }

    void counted(long total) {
        tell(job(ImpactJob.State.RUNNING, 0, total, null, null));
    }

    void replayed(long processed) {
        tell(job(ImpactJob.State.RUNNING, processed, now.total(), null, null));
    }

    void finished(ImpactPreview preview) {
        tell(job(ImpactJob.State.DONE, preview.summary().complaints(), now.total(), null, preview));
    }

    void failed(String why) {
        tell(job(ImpactJob.State.FAILED, now.processed(), now.total(), why, null));
    }

    /**
     * Tells the listener at once, then at every step; a finished run tells it once. Under the same lock
     * as the steps, so a listener neither misses the end nor hears two steps at the same time.
     */
    synchronized void follow(Predicate<ImpactJob> listener) {
        if (listener.test(now) && !now.finished()) {
            listeners.add(listener);
        }
    }

    private synchronized void tell(ImpactJob next) {
        now = next;
        for (Predicate<ImpactJob> listener : listeners) {
            boolean keep;
            try {
                keep = listener.test(next);
            } catch (RuntimeException e) {
                keep = false;
            }
            if (!keep || next.finished()) {
                listeners.remove(listener);
            }
        }
    }

    private ImpactJob job(ImpactJob.State state, long processed, long total, String failure, ImpactPreview preview) {
        return new ImpactJob(id, proposedVersion, activeVersion, days, state, processed, total, failure, preview);
    }
}

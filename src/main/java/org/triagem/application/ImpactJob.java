package org.triagem.application;

import org.triagem.domain.model.impact.ImpactPreview;

/**
 * Where an impact preview stands: how many of the {@code total} cases in its window were replayed, and
 * when it is {@code DONE}, the finished {@code preview}; when {@code FAILED}, why.
 */
public record ImpactJob(String id, long proposedVersion, long activeVersion, int days, State state, long processed,
        long total, String failure, ImpactPreview preview) {

    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    public boolean finished() {
        return state != State.RUNNING;
    }
}

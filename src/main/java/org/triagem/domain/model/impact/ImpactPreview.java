package org.triagem.domain.model.impact;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A finished impact preview: which proposed version was compared with which active one, over the cases
 * opened in the {@code days} before {@code startedAt}, who asked, and what it found.
 */
public record ImpactPreview(long proposedVersion, long activeVersion, int days, String requestedBy,
        OffsetDateTime startedAt, OffsetDateTime finishedAt, ImpactSummary summary) {

    public ImpactPreview {
        Objects.requireNonNull(startedAt);
        Objects.requireNonNull(finishedAt);
        Objects.requireNonNull(summary);
    }
}

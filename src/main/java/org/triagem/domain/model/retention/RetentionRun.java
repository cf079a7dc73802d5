package org.triagem.domain.model.retention;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What one run of the retention job did (or, dry, would do): the count per kind of data, the node that ran
 * it, and when. No personal data: counts only.
 */
public record RetentionRun(long id, String node, boolean dryRun, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, Map<DataKind, Long> counts) {

    public RetentionRun {
        counts = Map.copyOf(counts);
    }

    public long count(DataKind kind) {
        return counts.getOrDefault(kind, 0L);
    }
}

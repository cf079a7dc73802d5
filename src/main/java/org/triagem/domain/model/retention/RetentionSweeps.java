package org.triagem.domain.model.retention;

import java.time.OffsetDateTime;

/**
 * The retention of the kinds of data that go without scrubbing (deleted or emptied as a set): quarantined
 * payloads, files, mail bodies, survey comments, call events. Each call claims one batch with {@code FOR
 * UPDATE SKIP LOCKED}, so several nodes share the work and none handles a row twice.
 */
public interface RetentionSweeps {

    /** Removes up to {@code limit} items of the kind older than {@code cutoff}; answers how many went. */
    int sweep(DataKind kind, OffsetDateTime cutoff, int limit);

    /** How many items of the kind are older than {@code cutoff} (for a dry run). */
    long countDue(DataKind kind, OffsetDateTime cutoff);
}

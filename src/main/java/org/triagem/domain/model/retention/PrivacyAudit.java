package org.triagem.domain.model.retention;

import java.util.List;

/** The record of anonymisations and retention runs, for the DPO and for auditors. */
public interface PrivacyAudit {

    void record(AnonymisationRecord anonymisation);

    List<AnonymisationRecord> recentAnonymisations(int limit);

    /** Opens the record of a run before its first batch, so that each batch's audit names it. */
    long startRun(String node, boolean dryRun, java.time.OffsetDateTime startedAt);

    /** Closes the record of a run with its counts. */
    RetentionRun finishRun(long id, java.time.OffsetDateTime finishedAt, java.util.Map<DataKind, Long> counts);

    List<RetentionRun> recentRuns(int limit);
}

package org.triagem.application.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Where the daily KPI rows live. {@link #add} runs in the transaction of the event it counts, and
 * must stay correct when several nodes add to the same row at once. The top lists read the filter's
 * days and split them at {@code splitAt}: before it, the previous period.
 */
public interface KpiLedger {

    void add(Collection<KpiDelta> deltas);

    /** The summed rows of the filter, one per day, department and channel. */
    List<KpiRow> read(KpiFilter filter);

    /** Cases opened per category ("" for none). */
    RankedCounts openedByCategory(KpiFilter filter, LocalDate splitAt);

    /** Standing resolutions per root cause. */
    RankedCounts resolvedByRootCause(KpiFilter filter, LocalDate splitAt);

    /** Cases opened per tag (each tag of a case once). */
    RankedCounts openedByTag(KpiFilter filter, LocalDate splitAt);

    /** The summed time buckets of the filter, one per day and series (each array has TimeBuckets.COUNT). */
    List<KpiBuckets> readBuckets(KpiFilter filter);
}

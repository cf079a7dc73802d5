package org.triagem.application.report;

import java.util.Collection;
import java.util.List;

/**
 * Where the daily KPI rows live. {@link #add} runs in the transaction of the event it counts, and
 * must stay correct when several nodes add to the same row at once.
 */
public interface KpiLedger {

    void add(Collection<KpiDelta> deltas);

    /** The summed rows of the filter, one per day and channel. */
    List<KpiRow> read(KpiFilter filter);

    /** Cases opened per category ("" for none) in the filter. */
    java.util.Map<String, Long> openedByCategory(KpiFilter filter);

    /** Standing resolutions per root cause in the filter. */
    java.util.Map<String, Long> resolvedByRootCause(KpiFilter filter);

    /** The summed time buckets of the filter, one per day and series (each array has TimeBuckets.COUNT). */
    List<KpiBuckets> readBuckets(KpiFilter filter);
}

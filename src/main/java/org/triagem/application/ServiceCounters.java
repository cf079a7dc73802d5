package org.triagem.application;

import org.triagem.domain.model.complaint.Case;

/**
 * Keeps the service KPIs' daily rows up to date (docs/kpis.md). Every application service that
 * changes a case notes where its history ended ({@link #mark}) and, once the verbs ran, calls
 * {@link #countSince} in the same transaction: the events appended in between (opened, first staff
 * reply, resolved, reopened, escalated, clocks stopped) are counted exactly once, and roll back with
 * the change if it fails.
 */
public interface ServiceCounters {

    /** Counts nothing: for unit tests that build a service by hand. */
    ServiceCounters NONE = (c, mark) -> { };

    /** Where the case's history ends now. */
    static int mark(Case c) {
        return c.history().size();
    }

    /** Counts the events the case's history gained after {@code mark}. */
    void countSince(Case c, int mark);
}

package org.triagem.application.digest;

import java.util.Set;

/**
 * The two lists a digest shows that the daily KPI rows cannot hold: which cases missed a deadline, and
 * what detractors wrote. Both read a period's rows through an index (clocks by stop time, surveys by
 * answer time), never every case.
 *
 * <p>Departments are the cases' departments now; the KPI counts keep the department a case had when the
 * event was counted, so after a transfer a case may be counted in one department and listed in another.
 * {@code departments} null means all.
 */
public interface DigestSources {

    /** Clocks that ended late in the period, the earliest first, at most {@code limit}, with the total. */
    Listing<BreachedCase> breachedCases(Set<String> departments, DigestPeriod period, int limit);

    /**
     * Surveys first answered in the period with a CSAT of 1-2 or an NPS of 0-6 and a comment, the
     * earliest first, at most {@code limit}, with the total.
     */
    Listing<DetractorComment> detractorComments(Set<String> departments, DigestPeriod period, int limit);
}

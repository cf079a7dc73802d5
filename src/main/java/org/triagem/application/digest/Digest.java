package org.triagem.application.digest;

import java.util.List;
import org.triagem.application.report.Ranked;

/**
 * The root-cause digest of a period, as figures: what {@link DigestComposer} writes into the mail, and
 * what {@code GET /api/reports/digest} returns.
 *
 * @param departments the departments covered, sorted; null for all of them (an admin's digest)
 * @param previous the period the trends compare against
 * @param topRootCauses standing resolutions per root cause, the largest first, with the count before
 * @param topCategories cases opened per category, the same way
 * @param breaches one entry per SLA clock (first response, resolution, legal deadline)
 * @param breachedCases the cases behind the breaches
 * @param detractorComments what dissatisfied customers wrote
 * @param dashboardUrl the dashboard, filtered to the department and the period
 */
public record Digest(List<String> departments, DigestPeriod period, DigestPeriod previous, List<Ranked> topRootCauses,
        List<Ranked> topCategories, List<ClockBreaches> breaches, Listing<BreachedCase> breachedCases,
        Listing<DetractorComment> detractorComments, String dashboardUrl) {

    public Digest {
        departments = departments == null ? null : List.copyOf(departments);
        topRootCauses = List.copyOf(topRootCauses);
        topCategories = List.copyOf(topCategories);
        breaches = List.copyOf(breaches);
    }

    /** Nothing happened worth telling: no case opened or resolved, no clock ended, no detractor wrote. */
    public boolean isQuiet() {
        return topRootCauses.isEmpty() && topCategories.isEmpty()
                && breaches.stream().allMatch(b -> b.ended() == 0) && breachedCases.isEmpty()
                && detractorComments.isEmpty();
    }

    /** Breaches in the period, all clocks together. */
    public long breachedClocks() {
        return breaches.stream().mapToLong(ClockBreaches::breached).sum();
    }
}

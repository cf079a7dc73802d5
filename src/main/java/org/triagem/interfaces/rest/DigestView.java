package org.triagem.interfaces.rest;

import java.time.LocalDate;
import java.util.List;
import org.triagem.application.DigestService;
import org.triagem.application.digest.BreachedCase;
import org.triagem.application.digest.ClockBreaches;
import org.triagem.application.digest.DetractorComment;
import org.triagem.application.digest.Digest;
import org.triagem.application.report.Ranked;

/**
 * A composed digest as {@code GET /api/reports/digest} returns it: the figures, and the subject and text
 * the supervisors' mail carries. Comments are the customers' own words: a page shows them as text only.
 *
 * @param departments the departments covered; null for all
 * @param quiet true when nothing happened in the period (the mail then says so)
 */
public record DigestView(List<String> departments, LocalDate from, LocalDate to, LocalDate previousFrom,
        LocalDate previousTo, boolean quiet, List<Ranked> topRootCauses, List<Ranked> topCategories,
        List<ClockBreaches> breaches, List<BreachedCase> breachedCases, long breachedCasesTotal,
        List<DetractorComment> detractorComments, long detractorCommentsTotal, String dashboardUrl, String subject,
        String text) {

    static DigestView of(DigestService.Composed composed) {
        Digest d = composed.digest();
        return new DigestView(d.departments(), d.period().from(), d.period().to(), d.previous().from(),
                d.previous().to(), d.isQuiet(), d.topRootCauses(), d.topCategories(), d.breaches(),
                d.breachedCases().shown(), d.breachedCases().total(), d.detractorComments().shown(),
                d.detractorComments().total(), d.dashboardUrl(), composed.mail().subject(), composed.mail().text());
    }
}

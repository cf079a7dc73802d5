package org.triagem.application.report;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.survey.NpsGroup;
import org.triagem.domain.model.survey.SurveyKind;

/**
 * The KPI events the case's history does not record: a survey issued or answered, a repeat contact.
 * Each is counted on the day it happened with the case's dimensions and assignee at that moment, in
 * the transaction that records it.
 */
public final class SurveyIncrements {

    private SurveyIncrements() {
    }

    /** A survey issued about the case (sent, or about to be: the mail leaves through the outbox). */
    public static KpiDelta sent(Case c, OffsetDateTime at, ZoneId zone) {
        return row(c, at, zone).add(Counter.SURVEYS_SENT, 1);
    }

    /**
     * Scores recorded now, each for the first time ({@code recorded}: only those; a repeated answer
     * records nothing and never gets here), and whether this is the survey's first answer of all.
     */
    public static KpiDelta answered(Case c, Map<SurveyKind, Integer> recorded, boolean firstAnswer, OffsetDateTime at,
            ZoneId zone) {
        KpiDelta d = row(c, at, zone);
        if (firstAnswer) {
            d.add(Counter.SURVEYS_ANSWERED, 1);
        }
        recorded.forEach((kind, score) -> score(d, kind, score));
        return d;
    }

    private static void score(KpiDelta d, SurveyKind kind, int score) {
        switch (kind) {
            case CSAT -> d.add(Counter.CSAT_ANSWERS, 1).add(Counter.CSAT_SCORE_SUM, score)
                    .add(Counter.CSAT_SATISFIED, score >= 4 ? 1 : 0);
            case NPS -> d.add(Counter.NPS_ANSWERS, 1).add(switch (NpsGroup.of(score)) {
                case PROMOTER -> Counter.NPS_PROMOTERS;
                case PASSIVE -> Counter.NPS_PASSIVES;
                case DETRACTOR -> Counter.NPS_DETRACTORS;
            }, 1);
            case CES -> d.add(Counter.CES_ANSWERS, 1).add(Counter.CES_SCORE_SUM, score)
                    .add(Counter.CES_EASY, score >= 5 ? 1 : 0);
        }
    }

    /** A new case whose customer had another case opened in the 30 days before: on its opening day. */
    public static KpiDelta repeatContact(Case c, ZoneId zone) {
        return row(c, c.openedAt(), zone).add(Counter.REPEAT_CONTACTS, 1);
    }

    private static KpiDelta row(Case c, OffsetDateTime at, ZoneId zone) {
        return new KpiDelta(KpiIncrements.keyOf(c, at, c.assignee(), zone));
    }
}

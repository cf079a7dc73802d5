package org.triagem.application.report;

/**
 * The customer's voice in a period: surveys sent (issued) and answered, the response rate beside every
 * score (a score on 3 answers is not a score), and each score with its number of answers.
 *
 * @param responseRatePercent answered ÷ sent in the same period (a flow ratio: answers come days after
 *     the mail, so a single day can exceed 100 %); null when nothing was sent
 */
public record SurveyFigures(long sent, long answered, Double responseRatePercent, Csat csat, Nps nps, Ces ces) {

    /** CSAT 1–5: the mean and the share satisfied (4 or 5, the "top-2 box"). */
    public record Csat(long answers, Double mean, Double satisfiedPercent) {
    }

    /**
     * NPS 0–10: % promoters (9–10) − % detractors (0–6), a whole number from −100 to 100, with its
     * three shares and the counts behind them.
     */
    public record Nps(long answers, Long score, long promoters, long passives, long detractors,
            Double promotersPercent, Double passivesPercent, Double detractorsPercent) {

        static Nps of(long promoters, long passives, long detractors) {
            long answers = promoters + passives + detractors;
            Long score = answers == 0 ? null : Math.round(100.0 * (promoters - detractors) / answers);
            return new Nps(answers, score, promoters, passives, detractors, Rates.percent(promoters, answers),
                    Rates.percent(passives, answers), Rates.percent(detractors, answers));
        }
    }

    /** CES 1–7 ("the company made it easy"): the mean, and the share agreeing (5–7). */
    public record Ces(long answers, Double mean, Double easyPercent) {
    }
}

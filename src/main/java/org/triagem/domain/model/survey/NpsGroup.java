package org.triagem.domain.model.survey;

/** Where an NPS answer puts the customer: promoters 9–10, passives 7–8, detractors 0–6. */
public enum NpsGroup {
    PROMOTER,
    PASSIVE,
    DETRACTOR;

    public static NpsGroup of(int score) {
        SurveyKind.NPS.requireValid(score);
        if (score >= 9) {
            return PROMOTER;
        }
        return score >= 7 ? PASSIVE : DETRACTOR;
    }
}

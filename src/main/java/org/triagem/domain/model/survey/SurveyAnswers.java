package org.triagem.domain.model.survey;

/**
 * What the customer sent in one go: any of the scores and a comment, each optional (the one-click CSAT
 * link sends only the CSAT; the page then sends the rest).
 */
public record SurveyAnswers(Integer csat, Integer nps, Integer ces, String comment) {

    public static final int MAX_COMMENT = 2000;

    public SurveyAnswers {
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("the comment is longer than " + MAX_COMMENT + " characters");
        }
    }

    public static SurveyAnswers csat(int score) {
        return new SurveyAnswers(score, null, null, null);
    }

    public Integer score(SurveyKind kind) {
        return switch (kind) {
            case CSAT -> csat;
            case NPS -> nps;
            case CES -> ces;
        };
    }

    public boolean isEmpty() {
        return csat == null && nps == null && ces == null && comment == null;
    }
}

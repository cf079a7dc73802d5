package org.triagem.domain.model.survey;

/** Every question sent was answered before: the first answer stands and nothing was recorded. */
public class SurveyAlreadyAnsweredException extends RuntimeException {

    public SurveyAlreadyAnsweredException(long surveyId) {
        super("survey " + surveyId + " was already answered; the first answer stands");
    }
}

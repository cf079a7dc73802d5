package org.triagem.domain.model.survey;

/** The survey's answering window has closed. */
public class SurveyExpiredException extends RuntimeException {

    public SurveyExpiredException(long surveyId) {
        super("survey " + surveyId + " has expired");
    }
}

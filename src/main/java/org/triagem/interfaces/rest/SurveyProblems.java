package org.triagem.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Refusals of the public survey links: a link we did not sign, an expired one, an answer already
 * given, surveys switched off. Each maps one exception to problem+json.
 */
public final class SurveyProblems {

    private SurveyProblems() {
    }

    @Provider
    public static class SurveyLinkRefused
            implements ExceptionMapper<org.triagem.domain.model.survey.SurveyTokenException> {
        @Override
        public Response toResponse(org.triagem.domain.model.survey.SurveyTokenException e) {
            return e.reason() == org.triagem.domain.model.survey.SurveyTokenException.Reason.EXPIRED
                    ? Problem.of("survey-expired", "Survey link expired", 410,
                            "This survey link has expired; thank you all the same.").toResponse()
                    : Problem.of("survey-link-invalid", "Survey link not valid", 404,
                            "This is not a survey link we sent. Please use the link in the mail as it is.")
                            .toResponse();
        }
    }

    @Provider
    public static class SurveyExpired implements ExceptionMapper<org.triagem.domain.model.survey.SurveyExpiredException> {
        @Override
        public Response toResponse(org.triagem.domain.model.survey.SurveyExpiredException e) {
            return Problem.of("survey-expired", "Survey link expired", 410,
                    "This survey link has expired; thank you all the same.").toResponse();
        }
    }

    @Provider
    public static class SurveyAnswered
            implements ExceptionMapper<org.triagem.domain.model.survey.SurveyAlreadyAnsweredException> {
        @Override
        public Response toResponse(org.triagem.domain.model.survey.SurveyAlreadyAnsweredException e) {
            return Problem.of("survey-already-answered", "Already answered", 409,
                    "These questions were already answered; the first answer stands.").toResponse();
        }
    }

    @Provider
    public static class SurveysOff implements ExceptionMapper<org.triagem.application.SurveysUnavailableException> {
        @Override
        public Response toResponse(org.triagem.application.SurveysUnavailableException e) {
            return Problem.of("surveys-unavailable", "Surveys unavailable", 503, e.getMessage()).toResponse();
        }
    }
}

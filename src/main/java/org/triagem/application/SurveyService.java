package org.triagem.application;

import org.triagem.domain.model.survey.SurveyAnswers;

/**
 * The customer's side of a survey, reached with the signed token of its link and nothing else.
 *
 * <p>Answers are idempotent per question: the first answer to a question stands; a call that brings
 * nothing new (a double click, the page sent twice) throws
 * {@link org.triagem.domain.model.survey.SurveyAlreadyAnsweredException} and changes nothing.
 */
public interface SurveyService {

    /**
     * @throws org.triagem.domain.model.survey.SurveyTokenException for a token we did not issue or past
     *     its expiry
     * @throws SurveysUnavailableException when no survey secret is configured
     */
    SurveyView view(String token);

    /**
     * The token of the case's survey while it can still be answered (not expired, a question still
     * open), for a customer who has already proved the case is theirs (the status page). Empty when there
     * is none or surveys are off.
     */
    java.util.Optional<String> openSurveyOf(org.triagem.domain.model.complaint.ProtocolNumber protocol);

    /** Records the answers not given before, in one transaction, and returns the survey as it now is. */
    SurveyView answer(String token, SurveyAnswers answers);
}

package org.triagem.application;

import java.time.OffsetDateTime;
import java.util.List;
import org.triagem.domain.model.survey.Survey;
import org.triagem.domain.model.survey.SurveyKind;

/**
 * A survey as its customer sees it: what is asked, what is already answered, until when. No ids, no
 * personal data.
 *
 * @param protocol the case the survey is about, which the customer already knows from their mail
 * @param asked the questions, in order
 * @param csat the recorded CSAT, or null
 * @param nps the recorded NPS, or null
 * @param ces the recorded CES, or null
 * @param commented whether a comment was recorded (its text is not echoed back)
 */
public record SurveyView(String protocol, List<SurveyKind> asked, Integer csat, Integer nps, Integer ces,
        boolean commented, OffsetDateTime expiresAt) {

    public static SurveyView of(Survey s) {
        return new SurveyView(s.protocol(), List.copyOf(s.offered()), s.score(SurveyKind.CSAT),
                s.score(SurveyKind.NPS), s.score(SurveyKind.CES), s.comment() != null, s.expiresAt());
    }
}

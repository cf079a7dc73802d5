package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.triagem.application.ServiceCounters;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.survey.Survey;
import org.triagem.domain.model.survey.SurveyKind;

/**
 * Counts a survey answer given through its link, in the answer's transaction, with the case's
 * dimensions and assignee at that moment. Only the scores recorded now are counted: the first answer
 * to a question stands ({@link Survey#answer}), so a double click adds nothing.
 */
@ApplicationScoped
class SurveyCounting {

    @Inject
    ServiceCounters counters;

    @Inject
    CaseRepository cases;

    public void answered(Survey survey, Set<SurveyKind> recorded, boolean firstAnswer, OffsetDateTime now) {
        cases.find(ProtocolNumber.parse(survey.protocol())).ifPresent(c ->
                counters.surveyAnswered(c, scores(survey, recorded), firstAnswer, now));
    }

    /** The scores of the questions answered now. */
    static Map<SurveyKind, Integer> scores(Survey survey, Set<SurveyKind> recorded) {
        Map<SurveyKind, Integer> scores = new EnumMap<>(SurveyKind.class);
        recorded.forEach(kind -> scores.put(kind, survey.score(kind)));
        return scores;
    }
}

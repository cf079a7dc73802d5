package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.triagem.application.ServiceCounters;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.survey.Survey;
import org.triagem.domain.model.survey.SurveyAnswers;
import org.triagem.domain.model.survey.SurveyKind;
import org.triagem.domain.model.survey.SurveyRepository;

/**
 * The IVR's post-call survey ({@code survey.answered}), in the transaction that applies the call event.
 * The IVR asked and the caller answered on the line, so the survey is stored already answered, asking
 * exactly the questions answered. Exactly once comes from the phone contract: an event id is applied
 * once, and a redelivery gets the stored answer without reaching here.
 */
@ApplicationScoped
class PhoneSurveys {

    @Inject
    SurveyRepository surveys;

    @Inject
    DetractorRecovery recovery;

    @Inject
    ServiceCounters counters = ServiceCounters.NONE;

    public Survey record(Case c, String callId, SurveyAnswers answers, OffsetDateTime now) {
        Set<SurveyKind> asked = EnumSet.noneOf(SurveyKind.class);
        for (SurveyKind kind : SurveyKind.values()) {
            if (answers.score(kind) != null) {
                asked.add(kind);
            }
        }
        // The same one-way digest as mail surveys when we know the address, so "NPS once per 90 days"
        // counts phone answers too; otherwise the caller's number, or the call.
        String who = c.firstContact().customer().email() != null ? c.firstContact().customer().email()
                : c.firstContact().customer().phone() != null ? "tel:" + c.firstContact().customer().phone() : "call:" + callId;
        Survey survey = Survey.offer(c.protocol().value(), SurveyInvitations.customerKey(who), asked, now,
                now.plusSeconds(1));
        surveys.add(survey);
        Set<SurveyKind> recorded = survey.answer(answers, now);
        // Issued and answered at once: the phone survey's response rate is 100 % by construction.
        counters.surveySent(c, now);
        counters.surveyAnswered(c, SurveyCounting.scores(survey, recorded), true, now);
        recovery.afterAnswer(survey, recorded, now);
        return survey;
    }
}

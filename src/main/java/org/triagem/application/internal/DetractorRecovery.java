package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.logging.Logger;
import org.triagem.application.CaseClocks;
import org.triagem.application.ServiceCounters;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseAction;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.routing.RecoveryRules;
import org.triagem.domain.model.routing.SurveyResponse;
import org.triagem.domain.model.survey.Survey;
import org.triagem.domain.model.survey.SurveyKind;
import org.triagem.domain.model.search.CaseSearch;

/**
 * After a survey answer, in its transaction: when the CSAT or the NPS was just recorded, asks the
 * recovery rules what it sets off and applies it on the case (notes on the timeline, a reopen, a notice
 * to the supervisor). It runs only for scores recorded now, and a score is recorded once
 * ({@link Survey#answer}), so a double click cannot notify twice. A failure of the rules costs the
 * follow-up, never the customer's answer.
 */
@ApplicationScoped
class DetractorRecovery {

    static final String ACTOR = "pesquisa";
    private static final Logger LOG = Logger.getLogger(DetractorRecovery.class.getName());

    @Inject
    RecoveryRules rules;

    @Inject
    CaseRepository cases;

    @Inject
    EscalationNotices notices;

    @Inject
    CaseClocks clocks;

    @Inject
    ServiceCounters counters = ServiceCounters.NONE;

    @Inject
    CaseSearch search = CaseSearch.NONE;

    public void afterAnswer(Survey survey, Set<SurveyKind> recorded, OffsetDateTime now) {
        if (!recorded.contains(SurveyKind.CSAT) && !recorded.contains(SurveyKind.NPS)) {
            return;
        }
        Case c = cases.find(ProtocolNumber.parse(survey.protocol())).orElse(null);
        if (c == null) {
            return;
        }
        SurveyResponse response = new SurveyResponse(c.department(), c.routing().category(),
                recorded.contains(SurveyKind.CSAT) ? survey.score(SurveyKind.CSAT) : null,
                recorded.contains(SurveyKind.NPS) ? survey.score(SurveyKind.NPS) : null);
        RecoveryRules.Outcome outcome;
        try {
            outcome = rules.recover(response);
        } catch (RuntimeException e) {
            LOG.warning(() -> "case " + c.protocol() + ": no recovery follow-up, the rules failed: "
                    + e.getClass().getSimpleName());
            return;
        }
        if (!outcome.decision().acts()) {
            return;
        }
        apply(c, response, outcome, now);
        LOG.info(() -> "case " + c.protocol() + ": survey follow-up by " + outcome.firedRules());
    }

    private void apply(Case c, SurveyResponse response, RecoveryRules.Outcome outcome, OffsetDateTime now) {
        // A reopen here is a reopen like any other: its resolution is taken back and the reopen rate
        // counts it (docs/kpis.md, "Detractor recovery").
        int mark = ServiceCounters.mark(c);
        for (String note : outcome.decision().getNotes()) {
            c.conversation().addInternalNote(ACTOR, note, now);
        }
        if (!outcome.decision().getNotes().isEmpty()) {
            search.index(c);
        }
        if (outcome.decision().isReopened() && CaseAction.REOPEN.isAllowedIn(c.status())) {
            c.reopen(ACTOR, clocks.settingsFor(c.department()), now);
        }
        if (outcome.decision().isSupervisorNotified()) {
            notices.tellSupervisorOfPoorSurvey(c, response, outcome, now);
        }
        cases.touch(c);
        counters.countSince(c, mark);
    }
}

package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.triagem.application.SurveyService;
import org.triagem.application.SurveyView;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.survey.Survey;
import org.triagem.domain.model.survey.SurveyAnswers;
import org.triagem.domain.model.survey.SurveyKind;
import org.triagem.domain.model.survey.SurveyRepository;
import org.triagem.domain.model.survey.SurveyTokenException;

/**
 * The survey link's side: the token is checked before the database is read, so a forged or expired
 * link costs no query and learns nothing. A signed token for a survey that no longer exists (removed
 * with its case, say) is refused exactly like a forged one.
 */
@ApplicationScoped
class DefaultSurveyService implements SurveyService {

    private static final Logger LOG = Logger.getLogger(DefaultSurveyService.class.getName());

    @Inject
    SurveyLinks links;

    @Inject
    SurveyRepository surveys;

    @Inject
    Clock clock;

    @Inject
    DetractorRecovery recovery;

    @Inject
    SurveyCounting counting;

    @Override
    @Transactional
    public SurveyView view(String token) {
        return SurveyView.of(find(token, OffsetDateTime.now(clock)));
    }

    @Override
    @Transactional
    public SurveyView answer(String token, SurveyAnswers answers) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Survey survey = surveys.findForAnswer(links.tokens().verify(token, now))
                .orElseThrow(() -> new SurveyTokenException(SurveyTokenException.Reason.INVALID));
        boolean firstAnswer = !survey.isAnswered();
        // Throws, recording and counting nothing, when every answer given was recorded before.
        Set<SurveyKind> recorded = survey.answer(answers, now);
        counting.answered(survey, recorded, firstAnswer, now);
        recovery.afterAnswer(survey, recorded, now);
        // Scores only: a comment may hold anything, including personal data.
        LOG.info(() -> "survey " + survey.id() + " of case " + survey.protocol() + ": answered " + recorded);
        return SurveyView.of(survey);
    }

    @Override
    @Transactional
    public Optional<String> openSurveyOf(ProtocolNumber protocol) {
        if (!links.enabled()) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Survey> all = surveys.forCase(protocol.value());
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1))
                .filter(s -> !s.isExpired(now) && s.hasOpenQuestions())
                .map(s -> links.tokens().issue(s.id(), s.expiresAt()));
    }

    private Survey find(String token, OffsetDateTime now) {
        long id = links.tokens().verify(token, now);
        return surveys.find(id).orElseThrow(() -> new SurveyTokenException(SurveyTokenException.Reason.INVALID));
    }
}

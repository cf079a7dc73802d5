package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.application.ServiceCounters;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.outbox.Outbox;
import org.triagem.domain.model.outbox.SurveyInvitationComposer;
import org.triagem.domain.model.routing.ResolvedCase;
import org.triagem.domain.model.routing.SurveyRules;
import org.triagem.domain.model.survey.Survey;
import org.triagem.domain.model.survey.SurveyReachability;
import org.triagem.domain.model.survey.SurveyRepository;

/**
 * After a resolution, in its transaction: asks the survey rules whether the case gets a survey and,
 * if so, stores it and queues its mail in the outbox, held back by the configured delay. A failure here
 * (rules still building, say) costs the survey, never the resolution: the customer's case matters more
 * than our measurement of it.
 */
@ApplicationScoped
class SurveyInvitations {

    private static final Logger LOG = Logger.getLogger(SurveyInvitations.class.getName());

    @Inject
    SurveyRules rules;

    @Inject
    SurveyRepository surveys;

    @Inject
    SurveyReachability reachability;

    @Inject
    Outbox outbox;

    @Inject
    SurveyLinks links;

    @Inject
    SurveyInvitationComposer composer;

    /** Counts the survey as sent in this transaction (docs/kpis.md, "Surveys"). */
    @Inject
    ServiceCounters counters = ServiceCounters.NONE;

    @Inject
    @ConfigProperty(name = "triagem.survey.delay-minutes", defaultValue = "60")
    long delayMinutes;

    @Inject
    @ConfigProperty(name = "triagem.survey.valid-days", defaultValue = "30")
    long validDays;

    /** Offers the resolved case a survey if the rules say so; returns the survey queued, if any. */
    public Optional<Survey> afterResolution(Case resolved, OffsetDateTime now) {
        if (!links.enabled() || resolved.firstContact().customer().email() == null) {
            return Optional.empty();
        }
        Optional<String> whyNot = reachability.whyNot(resolved);
        if (whyNot.isPresent()) {
            LOG.fine(() -> "case " + resolved.protocol() + ": no survey, " + whyNot.get());
            return Optional.empty();
        }
        String customerKey = customerKey(resolved.firstContact().customer().email());
        SurveyRules.Outcome outcome;
        try {
            outcome = rules.decide(facts(resolved, customerKey, now));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "case " + resolved.protocol() + ": no survey, the survey rules failed: "
                    + e.getClass().getSimpleName());
            return Optional.empty();
        }
        if (!outcome.decision().surveys()) {
            LOG.fine(() -> "case " + resolved.protocol() + ": no survey by " + outcome.firedRules());
            return Optional.empty();
        }
        OffsetDateTime sendAt = now.plusMinutes(delayMinutes);
        Survey survey = Survey.offer(resolved.protocol().value(), customerKey, outcome.decision().getKinds(), now,
                sendAt.plusDays(validDays));
        surveys.add(survey);
        String token = links.tokens().issue(survey.id(), survey.expiresAt());
        outbox.add(composer.compose(resolved, links.pageUrl(), token, survey.expiresAt(), now, sendAt));
        // Sent when issued: the mail is queued with it and the outbox delivers what it queued.
        counters.surveySent(resolved, now);
        LOG.info(() -> "case " + resolved.protocol() + ": survey " + outcome.decision().getKinds() + " queued for "
                + sendAt + " by " + outcome.firedRules());
        return Optional.of(survey);
    }

    private ResolvedCase facts(Case c, String customerKey, OffsetDateTime now) {
        Integer daysSinceNps = surveys.lastNpsOfferedTo(customerKey)
                .map(at -> (int) Duration.between(at, now).toDays()).orElse(null);
        return new ResolvedCase(c.firstContact().channel(), c.department(), c.routing().category(), c.resolutionCode(), c.rootCause(),
                daysSinceNps, ResolvedCase.sampleOf(c.protocol().value()));
    }

    /** A one-way digest of the address as the outbox compares it: counts a customer without storing them. */
    static String customerKey(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Outbox.addressKey(email).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}

package org.triagem.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.application.SurveysUnavailableException;
import org.triagem.domain.model.survey.SurveyTokens;

/**
 * The survey secret and the page the links open, from configuration. The secret comes from the
 * environment (TRIAGEM_SURVEY_SECRET); without one, or with one too short to be safe, surveys are off:
 * nothing is sent and every link is refused, rather than links signed with a guessable key.
 */
@ApplicationScoped
class SurveyLinks {

    private static final Logger LOG = Logger.getLogger(SurveyLinks.class.getName());

    @Inject
    @ConfigProperty(name = "triagem.survey.secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "triagem.survey.page-url", defaultValue = "http://localhost:9080/pesquisa.html")
    String pageUrl;

    private Optional<SurveyTokens> tokens = Optional.empty();

    @PostConstruct
    void init() {
        try {
            tokens = secret.filter(s -> !s.isBlank()).map(SurveyTokens::new);
        } catch (IllegalArgumentException e) {
            LOG.warning("surveys are off: " + e.getMessage());
        }
        if (tokens.isEmpty()) {
            LOG.info("surveys are off: no survey secret (TRIAGEM_SURVEY_SECRET) is configured");
        }
    }

    public boolean enabled() {
        return tokens.isPresent();
    }

    public SurveyTokens tokens() {
        return tokens.orElseThrow(SurveysUnavailableException::new);
    }

    public String pageUrl() {
        return pageUrl;
    }
}

package org.triagem.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.domain.model.retention.RetentionPolicy;

/**
 * The retention settings ({@code triagem.retention.*}, Liberty variables overridable by the environment), read
 * once into a {@link RetentionPolicy}; a call-record setting under the decree's floor is raised to it, with a
 * warning at every start.
 */
@ApplicationScoped
class RetentionSettings {

    private static final Logger LOG = Logger.getLogger(RetentionSettings.class.getName());

    @Inject
    @ConfigProperty(name = "triagem.retention.closed-cases.days", defaultValue = "1825")
    int closedCaseDays;

    @Inject
    @ConfigProperty(name = "triagem.retention.quarantine.days", defaultValue = "30")
    int quarantineDays;

    @Inject
    @ConfigProperty(name = "triagem.retention.attachments.days", defaultValue = "365")
    int attachmentDays;

    @Inject
    @ConfigProperty(name = "triagem.retention.outbox-bodies.days", defaultValue = "90")
    int outboxBodyDays;

    @Inject
    @ConfigProperty(name = "triagem.retention.survey-comments.days", defaultValue = "365")
    int surveyCommentDays;

    @Inject
    @ConfigProperty(name = "triagem.retention.call-records.days", defaultValue = "90")
    int callRecordDays;

    private volatile RetentionPolicy policy;

    RetentionPolicy policy() {
        RetentionPolicy p = policy;
        if (p == null) {
            p = RetentionPolicy.of(closedCaseDays, quarantineDays, attachmentDays, outboxBodyDays, surveyCommentDays,
                    callRecordDays);
            p.warnings().forEach(LOG::warning);
            policy = p;
        }
        return p;
    }
}

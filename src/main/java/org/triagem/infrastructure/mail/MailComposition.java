package org.triagem.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.domain.model.outbox.AcknowledgementComposer;
import org.triagem.domain.model.outbox.OversizedMailNotice;
import org.triagem.domain.model.outbox.StaffReplyComposer;
import org.triagem.domain.model.outbox.SurveyInvitationComposer;

/** The composers of the mail we send (acknowledgement, staff reply, survey, oversize notice), configured: pt-BR, Brasília time and {@code @triagem} ids by default. */
@ApplicationScoped
public class MailComposition {

    @Inject
    @ConfigProperty(name = "triagem.mail.locale", defaultValue = "pt-BR")
    String locale;

    @Inject
    @ConfigProperty(name = "triagem.mail.message-id.domain", defaultValue = "triagem")
    String messageIdDomain;

    @Inject
    @ConfigProperty(name = "triagem.mail.zone", defaultValue = "America/Sao_Paulo")
    String zone;

    /** The customer's status page, linked from the acknowledgement (blank: the code is told without a link). */
    @Inject
    @ConfigProperty(name = "triagem.status.page-url", defaultValue = "http://localhost:9080/acompanhar.html")
    String statusPageUrl;

    @Produces
    AcknowledgementComposer acknowledgementComposer() {
        return new AcknowledgementComposer(Locale.forLanguageTag(locale), messageIdDomain, ZoneId.of(zone),
                statusPageUrl);
    }

    @Produces
    StaffReplyComposer staffReplyComposer() {
        return new StaffReplyComposer(Locale.forLanguageTag(locale), messageIdDomain);
    }

    @Produces
    SurveyInvitationComposer surveyInvitationComposer() {
        return new SurveyInvitationComposer(Locale.forLanguageTag(locale), messageIdDomain, ZoneId.of(zone));
    }

    @Produces
    OversizedMailNotice oversizedMailNotice() {
        return new OversizedMailNotice(Locale.forLanguageTag(locale), messageIdDomain);
    }
}

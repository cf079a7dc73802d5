package org.triagem.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.application.digest.Cadence;
import org.triagem.application.digest.DigestComposer;
import org.triagem.application.digest.DigestRecipients;
import org.triagem.application.digest.DigestSchedule;

/**
 * The {@code triagem.digest.*} settings (server.xml variables, docs/digest.md), read and checked once:
 * a misspelt cadence, day, time or zone fails the deployment rather than silently never sending.
 */
@ApplicationScoped
class DigestSettings {

    private static final Logger LOG = Logger.getLogger(DigestSettings.class.getName());

    @Inject
    @ConfigProperty(name = "triagem.digest.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "triagem.digest.cadence", defaultValue = "weekly")
    String cadence;

    @Inject
    @ConfigProperty(name = "triagem.digest.day", defaultValue = "MONDAY")
    String day;

    @Inject
    @ConfigProperty(name = "triagem.digest.time", defaultValue = "08:00")
    String time;

    @Inject
    @ConfigProperty(name = "triagem.digest.zone", defaultValue = "America/Sao_Paulo")
    String zone;

    @Inject
    @ConfigProperty(name = "triagem.digest.recipients")
    Optional<String> recipients;

    @Inject
    @ConfigProperty(name = "triagem.digest.dashboard-url", defaultValue = "http://localhost:9080/painel.html")
    String dashboardUrl;

    @Inject
    @ConfigProperty(name = "triagem.digest.poll.seconds", defaultValue = "300")
    long pollSeconds;

    @Inject
    @ConfigProperty(name = "triagem.mail.locale", defaultValue = "pt-BR")
    String locale;

    @Inject
    @ConfigProperty(name = "triagem.mail.message-id.domain", defaultValue = "triagem")
    String messageIdDomain;

    private DigestSchedule schedule;
    private DigestRecipients parsedRecipients;

    @PostConstruct
    void read() {
        schedule = new DigestSchedule(Cadence.parse(cadence), DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)),
                LocalTime.parse(time.strip()), ZoneId.of(zone.strip()));
        parsedRecipients = DigestRecipients.parse(recipients.orElse(""));
        if (!parsedRecipients.refused().isEmpty()) {
            LOG.warning(() -> "triagem.digest.recipients: left out " + parsedRecipients.refused());
        }
    }

    public boolean enabled() {
        return enabled;
    }

    public DigestSchedule schedule() {
        return schedule;
    }

    public DigestRecipients recipients() {
        return parsedRecipients;
    }

    public String dashboardUrl() {
        return dashboardUrl;
    }

    public long pollSeconds() {
        return pollSeconds;
    }

    public String messageIdDomain() {
        return messageIdDomain;
    }

    /** Times in the digest are shown in the desk's zone, as its days are cut there. */
    public DigestComposer composer() {
        return new DigestComposer(Locale.forLanguageTag(locale), KpiCounting.DESK_ZONE);
    }
}

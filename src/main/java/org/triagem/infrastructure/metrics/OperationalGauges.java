package org.triagem.infrastructure.metrics;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.triagem.infrastructure.rules.ActiveRuleSet;

/**
 * The gauges. The database is read every {@code triagem.metrics.refresh-seconds} on a managed thread and
 * the gauges return the last reading, so a scrape costs no query however often it comes, and a backlog
 * series for a new department is registered here rather than in the middle of a scrape.
 */
@ApplicationScoped
public class OperationalGauges {

    private static final Logger LOG = Logger.getLogger(OperationalGauges.class.getName());

    static final String RULES_VERSION = "triagem.rules.active.version";

    @Inject
    MetricRegistry registry;

    @Inject
    OperationalReadings readings;

    @Inject
    ActiveRuleSet rules;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** How old the database gauges may be; each refresh is four aggregate queries. */
    @Inject
    @ConfigProperty(name = "triagem.metrics.refresh-seconds", defaultValue = "10")
    long refreshSeconds;

    private final BacklogSeries backlog = new BacklogSeries();
    private volatile OperationalReadings.Snapshot latest = OperationalReadings.Snapshot.EMPTY;
    private volatile Instant readAt;
    private volatile MetricID versionSeries;
    private ScheduledFuture<?> refreshing;

    synchronized void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        gauge("triagem.quarantine.size", "Contacts in quarantine awaiting a replay", null,
                () -> latest.quarantined());
        gauge("triagem.outbox.pending", "Outgoing mails waiting to be sent", null, () -> latest.outboxPending());
        gauge("triagem.outbox.failed", "Outgoing mails given up on; they need a person", null,
                () -> latest.outboxFailed());
        gauge("triagem.outbox.oldest.pending.age", "Age of the oldest mail waiting to be sent (0: none)",
                MetricUnits.SECONDS, () -> latest.oldestPendingSeconds());
        gauge("triagem.metrics.readings.age", "Seconds since the database gauges were last read (-1: never)",
                MetricUnits.SECONDS, this::readingsAge);
        // The first reading waits a moment: the migrations run from another start-up observer.
        refreshing = scheduler.scheduleWithFixedDelay(this::refreshQuietly, 2, refreshSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    synchronized void stop() {
        if (refreshing != null) {
            refreshing.cancel(false);
        }
    }

    void refresh() {
        OperationalReadings.Snapshot reading = readings.read(OffsetDateTime.now(clock));
        latest = reading;
        for (BacklogSeries.Key key : backlog.update(reading.backlog())) {
            registry.gauge(Metadata.builder().withName("triagem.backlog.open")
                    .withDescription("Open cases by department and priority").build(),
                    () -> backlog.openCases(key), new Tag("department", key.department()),
                    new Tag("priority", key.priority().name()));
        }
        followRuleSetVersion();
        readAt = clock.instant();
    }

    /** One series for the version running on this node, tagged with its checksum; replaced when it changes. */
    private void followRuleSetVersion() {
        OptionalLong number = rules.activeNumber();
        String checksum = rules.activeChecksum().map(c -> c.substring(0, Math.min(16, c.length()))).orElse(null);
        if (number.isEmpty() || checksum == null) {
            return;
        }
        MetricID wanted = new MetricID(RULES_VERSION, new Tag("checksum", checksum));
        if (wanted.equals(versionSeries)) {
            return;
        }
        if (versionSeries != null) {
            registry.remove(versionSeries);
        }
        long version = number.getAsLong();
        registry.gauge(Metadata.builder().withName(RULES_VERSION)
                .withDescription("The rule-set version this node decides with").build(),
                () -> version, wanted.getTagsAsArray());
        versionSeries = wanted;
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // Thrown out of a scheduled task it would end the refreshing; the readings-age gauge shows it.
            LOG.log(Level.WARNING, "operational gauges not refreshed: " + e);
        }
    }

    private double readingsAge() {
        Instant at = readAt;
        return at == null ? -1 : Duration.between(at, clock.instant()).toMillis() / 1000.0;
    }

    private <T extends Number> void gauge(String name, String description, String unit,
            java.util.function.Supplier<T> value) {
        org.eclipse.microprofile.metrics.MetadataBuilder metadata = Metadata.builder().withName(name).withDescription(description);
        registry.gauge(unit == null ? metadata.build() : metadata.withUnit(unit).build(), value);
    }
}

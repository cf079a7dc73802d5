package org.triagem.infrastructure.metrics;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.triagem.application.IntakeOutcome;
import org.triagem.application.OperationalMetrics;
import org.triagem.domain.model.complaint.CaseRouting;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.routing.CheckpointClock;

/**
 * The counters, the decision timer and the mail poll lag, in the application registry. Every tagged
 * series is registered at start-up at zero, so that Prometheus's {@code increase()} sees the first event
 * of each, and an alert on a series that never moved has something to read.
 */
@ApplicationScoped
public class MicroProfileOperationalMetrics implements OperationalMetrics {

    static final Metadata CONTACTS = Metadata.builder().withName("triagem.intake.contacts")
            .withDescription("Contacts received, by channel and outcome").build();
    static final Metadata DECISION = Metadata.builder().withName("triagem.rules.decision")
            .withDescription("Time the rules took to route a contact at intake").withUnit(MetricUnits.SECONDS)
            .build();
    static final Metadata BREACHES = Metadata.builder().withName("triagem.sla.breaches")
            .withDescription("SLA clocks found breached by the escalation sweeper, by clock").build();
    static final Metadata ESCALATIONS = Metadata.builder().withName("triagem.escalations")
            .withDescription("Escalations applied by the sweeper, by clock and the level reached").build();
    static final Metadata MAIL_POLL_LAG = Metadata.builder().withName("triagem.mail.poll.lag")
            .withDescription("Seconds since the mailbox was last polled without error").withUnit(MetricUnits.SECONDS)
            .build();

    @Inject
    MetricRegistry registry;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "triagem.mail.enabled", defaultValue = "false")
    boolean mailEnabled;

    private final AtomicReference<Instant> lastPoll = new AtomicReference<>();

    void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (Channel channel : Channel.values()) {
            for (IntakeOutcome outcome : IntakeOutcome.values()) {
                registry.counter(CONTACTS, contactTags(channel, outcome));
            }
        }
        for (CheckpointClock kind : CheckpointClock.values()) {
            registry.counter(BREACHES, clockTag(kind));
            for (int level = 1; level <= CaseRouting.MAX_ESCALATION_LEVEL; level++) {
                registry.counter(ESCALATIONS, clockTag(kind), levelTag(level));
            }
        }
        registry.timer(DECISION);
        if (mailEnabled) {
            // Until the first poll succeeds the lag runs from start-up: a mailbox never reached shows.
            lastPoll.set(clock.instant());
            registry.gauge(MAIL_POLL_LAG, this::secondsSinceLastPoll);
        }
    }

    @Override
    public void contactTaken(Channel channel, IntakeOutcome outcome) {
        afterCommit(() -> registry.counter(CONTACTS, contactTags(channel, outcome)).inc());
    }

    @Override
    public void routingDecided(Duration took) {
        registry.timer(DECISION).update(took);
    }

    @Override
    public void slaBreached(CheckpointClock kind) {
        afterCommit(() -> registry.counter(BREACHES, clockTag(kind)).inc());
    }

    @Override
    public void escalated(CheckpointClock kind, int level) {
        afterCommit(() -> registry.counter(ESCALATIONS, clockTag(kind), levelTag(level)).inc());
    }

    @Override
    public void mailboxPolled() {
        lastPoll.set(clock.instant());
    }

    private Double secondsSinceLastPoll() {
        return Duration.between(lastPoll.get(), clock.instant()).toMillis() / 1000.0;
    }

    private void afterCommit(Runnable count) {
        new AfterCommit(transactions).run(count);
    }

    static Tag[] contactTags(Channel channel, IntakeOutcome outcome) {
        return new Tag[] {new Tag("channel", channel.name().toLowerCase(Locale.ROOT)), new Tag("outcome", outcome.tag())};
    }

    private static Tag clockTag(CheckpointClock kind) {
        return new Tag("clock", kind.name().toLowerCase(Locale.ROOT));
    }

    private static Tag levelTag(int level) {
        return new Tag("level", Integer.toString(level));
    }
}

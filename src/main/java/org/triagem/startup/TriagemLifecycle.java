package org.triagem.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.triagem.application.internal.DigestScheduler;
import org.triagem.application.internal.RuleSetFollower;
import org.triagem.application.internal.EscalationSweeper;
import org.triagem.application.internal.OutboxDispatcher;
import org.triagem.infrastructure.camel.CamelRuntime;
import org.triagem.infrastructure.persistence.DatabaseMigrations;

/** Starts and stops Triagem's moving parts. */
@ApplicationScoped
public class TriagemLifecycle {

    private static final Logger LOG = Logger.getLogger(TriagemLifecycle.class.getName());

    @Inject
    DatabaseMigrations migrations;

    @Inject
    RuleSetFollower rules;

    @Inject
    CamelRuntime camel;

    @Inject
    OutboxDispatcher outbox;

    @Inject
    EscalationSweeper escalation;

    @Inject
    DigestScheduler digests;

    @Inject
    ReadyAnnouncement announcement;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long t0 = System.nanoTime();
        migrations.migrate();
        long t1 = System.nanoTime();
        // Seeds version 1 on an empty table, installs the active version, then follows the database.
        rules.start();
        camel.start();
        // Only schedules the polling of due outgoing mail; the first round runs a few seconds later.
        outbox.start();
        // The first sweep catches up on checkpoints that fell due while no node ran.
        escalation.start();
        // A digest due while no node ran goes out in the first round, a few seconds after start-up.
        digests.start();
        announcement.announceWhenReady();
        long t2 = System.nanoTime();
        LOG.info(() -> "Triagem application started: migrations " + ms(t1 - t0) + " ms, routes "
                + ms(t2 - t1) + " ms; rules are building in the background");
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        digests.stop();
        escalation.stop();
        outbox.stop();
        camel.stop();
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}

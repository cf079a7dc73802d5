package org.triagem.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.triagem.application.BackgroundWork;
import org.triagem.infrastructure.camel.CamelRuntime;
import org.triagem.infrastructure.persistence.DatabaseMigrations;

/** Starts and stops Triagem's moving parts. */
@ApplicationScoped
public class TriagemLifecycle {

    private static final Logger LOG = Logger.getLogger(TriagemLifecycle.class.getName());

    @Inject
    DatabaseMigrations migrations;

    @Inject
    BackgroundWork work;

    @Inject
    CamelRuntime camel;

    @Inject
    ReadyAnnouncement announcement;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long t0 = System.nanoTime();
        migrations.migrate();
        long t1 = System.nanoTime();
        // Seeds version 1 on an empty table, installs the active version, then follows the database.
        work.followRuleSets();
        camel.start();
        work.startSchedules();
        announcement.announceWhenReady();
        long t2 = System.nanoTime();
        LOG.info(() -> "Triagem application started: migrations " + ms(t1 - t0) + " ms, routes "
                + ms(t2 - t1) + " ms; rules are building in the background");
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        work.stopSchedules();
        camel.stop();
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}

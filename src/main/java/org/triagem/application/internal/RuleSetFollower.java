package org.triagem.application.internal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.application.RuleEngine;
import org.triagem.application.RuleSetService;
import org.triagem.domain.model.ruleset.StoredTree;

/**
 * Keeps this node on the version the database names as active: at start-up (seeding version 1 from
 * the rules directory on an empty table), then every couple of seconds, so an activation on any node
 * reaches every node without a message bus.
 *
 * <p>A poll and an install after a local commit run one at a time: a poll that read the pointer
 * before the commit then installs first, and the commit's install lands after it.
 */
@ApplicationScoped
class RuleSetFollower {

    private static final Logger LOG = Logger.getLogger(RuleSetFollower.class.getName());

    private final ReentrantLock swapping = new ReentrantLock();
    private volatile ScheduledFuture<?> polling;

    @Inject
    RuleSetService service;

    @Inject
    RuleEngine engine;

    @Inject
    @ConfigProperty(name = "triagem.rules.poll.millis", defaultValue = "2000")
    long pollMillis;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Seeds and installs the active version off the start-up thread, then follows the database. */
    public void start() {
        scheduler.submit(this::startFollowing);
    }

    private void startFollowing() {
        try {
            service.seedFromDiskIfEmpty();
            follow();
            engine.startupFinished();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "cannot load the active rule set", e);
            engine.startupFailed(e);
        }
        polling = scheduler.scheduleWithFixedDelay(this::pollQuietly, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    /** Installs the version the database names, when it is not the one running here. */
    public void follow() {
        swapping.lock();
        try {
            Optional<Long> wanted = service.activeNumber();
            OptionalLong installed = engine.installedNumber();
            if (wanted.isPresent() && (installed.isEmpty() || installed.getAsLong() != wanted.get())) {
                engine.install(service.tree(wanted.get()));
            }
        } finally {
            swapping.unlock();
        }
    }

    /** Installs a version whose activation this node just committed. */
    public void install(StoredTree version) {
        swapping.lock();
        try {
            engine.install(version);
        } finally {
            swapping.unlock();
        }
    }

    private void pollQuietly() {
        try {
            follow();
        } catch (RuntimeException e) {
            // The database may be briefly unreachable; the next poll tries again.
            LOG.log(Level.WARNING, "cannot follow the active rule set", e);
        }
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> running = polling;
        if (running != null) {
            running.cancel(false);
        }
    }
}

package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.triagem.application.BackgroundWork;

/** The application's background work, started in the order each part needs. */
@ApplicationScoped
class ScheduledWork implements BackgroundWork {

    @Inject
    RuleSetFollower rules;

    @Inject
    OutboxDispatcher outbox;

    @Inject
    EscalationSweeper escalation;

    @Inject
    DigestScheduler digests;

    @Inject
    org.triagem.application.subject.SubjectRequestSweeper subjectRequests;

    @Inject
    org.triagem.application.retention.RetentionJob retention;

    @Override
    public void followRuleSets() {
        rules.start();
    }

    @Override
    public void startSchedules() {
        // Only schedules the polling of due outgoing mail; the first round runs a few seconds later.
        outbox.start();
        // The first sweep catches up on checkpoints that fell due while no node ran.
        escalation.start();
        // A digest due while no node ran goes out in the first round, a few seconds after start-up.
        digests.start();
        // Data subjects' requests run on their own clocks, escalated like the cases' (docs/privacy.md).
        subjectRequests.start();
        // Retention is hourly by default; its first round waits one period (issue 21).
        retention.start();
    }

    @Override
    public void stopSchedules() {
        subjectRequests.stop();
        retention.stop();
        digests.stop();
        escalation.stop();
        outbox.stop();
    }
}

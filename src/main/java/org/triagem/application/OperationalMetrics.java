package org.triagem.application;

import java.time.Duration;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.routing.CheckpointClock;

/**
 * The events operators count (docs/operating.md lists the metrics). The application reports them here
 * and an adapter turns them into metrics. An event reported inside a transaction counts only once that
 * transaction commits: a registration that rolls back and is then quarantined is counted once, as
 * quarantined, and a mail batch retried mail by mail is not counted twice.
 */
public interface OperationalMetrics {

    /** Counts nothing: for tests, and for classes built without CDI. */
    OperationalMetrics NONE = new OperationalMetrics() {
    };

    /** A contact reached intake through the channel and ended so. */
    default void contactTaken(Channel channel, IntakeOutcome outcome) {
    }

    /** How long the rules took to decide a contact's routing at intake. */
    default void routingDecided(Duration took) {
    }

    /** A checkpoint at 100 % fired on a clock that had not yet been marked breached. */
    default void slaBreached(CheckpointClock clock) {
    }

    /** The escalation rules escalated a case at a checkpoint of this clock, to this escalation level. */
    default void escalated(CheckpointClock clock, int level) {
    }

    /** The mailbox was polled without error (with or without new mail). */
    default void mailboxPolled() {
    }
}

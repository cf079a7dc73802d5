package org.triagem.domain.model.sla;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.triagem.domain.model.routing.CheckpointClock;

/**
 * The counting SLA clock that falls due first, and when: what a queue counts down to. A paused or
 * stopped clock falls due at no time, so a case waiting on the customer, or resolved, has none. The
 * staff queue's "due" sort and filters read the same notion from the database (the running clocks'
 * earliest due time), so a row's countdown and its place in the queue agree.
 */
public record NextDue(CheckpointClock clock, OffsetDateTime dueAt) {

    /** The running clock due first among these; empty when none runs. Ties go to the earlier clock kind. */
    public static Optional<NextDue> among(Collection<SlaClock> clocks) {
        return clocks.stream()
                .filter(SlaClock::isCounting)
                .min(Comparator.comparing(SlaClock::dueAt).thenComparing(SlaClock::kind))
                .map(c -> new NextDue(c.kind(), c.dueAt()));
    }
}

package org.triagem.application.digest;

import java.time.OffsetDateTime;
import org.triagem.domain.model.routing.CheckpointClock;

/** A case whose clock ended late in the period: when it was due and when it was met. */
public record BreachedCase(String protocol, CheckpointClock clock, OffsetDateTime dueAt, OffsetDateTime stoppedAt) {
}

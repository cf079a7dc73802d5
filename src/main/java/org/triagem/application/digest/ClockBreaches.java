package org.triagem.application.digest;

import org.triagem.domain.model.routing.CheckpointClock;

/**
 * One SLA clock in a digest: the clocks of that kind that ended in the period, how many of them late,
 * and how many ended late in the period before (counted as the KPI report counts them, docs/kpis.md).
 */
public record ClockBreaches(CheckpointClock clock, long ended, long breached, long previousBreached) {

}

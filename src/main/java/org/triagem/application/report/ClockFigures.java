package org.triagem.application.report;

/** One SLA clock: clocks that ended in the period, met in time, and the share met (null if none ended). */
public record ClockFigures(long ended, long met, Double compliancePercent) {

    static ClockFigures of(long met, long breached) {
        return new ClockFigures(met + breached, met, Rates.percent(met, met + breached));
    }
}

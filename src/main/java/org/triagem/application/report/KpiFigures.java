package org.triagem.application.report;

import java.util.Map;

/**
 * The KPIs of one period (or of the whole report), as docs/kpis.md defines them.
 *
 * @param period the first day of the period (ISO date), or "total"
 */
public record KpiFigures(String period, long opened, Map<String, Long> openedByChannel, long resolved,
        TimeFigures firstResponseMinutes, TimeFigures firstResponseBusinessMinutes,
        TimeFigures resolutionMinutes, TimeFigures resolutionBusinessMinutes,
        Double firstResolutionMeanMinutes, Double firstResolutionMeanBusinessMinutes,
        long firstResolutions, Double firstContactResolutionPercent, Double reopenPercent,
        long escalated, Double escalationPercent, ClockFigures firstResponseSla, ClockFigures resolutionSla,
        ClockFigures legalDeadline) {
}

package org.triagem.application.report;

import java.util.Map;

/**
 * The KPIs of one period (or of the whole report), as docs/kpis.md defines them. A figure with
 * nothing to divide by is null (absent in JSON, an empty CSV cell).
 *
 * @param period the first day of the period (ISO date), "total" or "previous"
 * @param repeatContactPercent new cases whose customer had another case in the 30 days before ÷ opened
 * @param requesterWaitMinutes time the desk owed the next move, of the period's standing resolutions
 * @param cost the cost estimate (null when no costs are configured)
 */
public record KpiFigures(String period, long opened, Map<String, Long> openedByChannel, long resolved,
        TimeFigures firstResponseMinutes, TimeFigures firstResponseBusinessMinutes,
        TimeFigures resolutionMinutes, TimeFigures resolutionBusinessMinutes,
        Double firstResolutionMeanMinutes, Double firstResolutionMeanBusinessMinutes,
        long firstResolutions, Double firstContactResolutionPercent, Double reopenPercent,
        long escalated, Double escalationPercent, ClockFigures firstResponseSla, ClockFigures resolutionSla,
        ClockFigures legalDeadline, SurveyFigures surveys, long repeatContacts, Double repeatContactPercent,
        TimeFigures requesterWaitMinutes, CostFigures cost) {
}

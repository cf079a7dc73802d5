package org.triagem.application.report;

/**
 * The additive columns of one daily KPI row. Each is a plain sum, so the figure for "all" is the sum
 * of the parts and any period is the sum of its days.
 */
public enum Counter {
    OPENED("opened"),
    FIRST_RESPONSES("first_responses"),
    FIRST_RESPONSE_MINUTES("first_response_minutes"),
    FIRST_RESPONSE_BUSINESS_MINUTES("first_response_business_minutes"),
    FIRST_RESOLUTIONS("first_resolutions"),
    FIRST_RESOLUTION_MINUTES("first_resolution_minutes"),
    FIRST_RESOLUTION_BUSINESS_MINUTES("first_resolution_business_minutes"),
    /** Resolutions that stand: one taken back when its case is reopened. */
    RESOLVED("resolved"),
    RESOLUTION_MINUTES("resolution_minutes"),
    RESOLUTION_BUSINESS_MINUTES("resolution_business_minutes"),
    /** First resolutions after at most one staff reply, taken back if the case is reopened. */
    ONE_TOUCH("one_touch"),
    /** First resolutions whose case was later reopened (once per case). */
    REOPENED("reopened"),
    /** Cases that reached escalation level 1 (once per case). */
    ESCALATED("escalated"),
    FIRST_RESPONSE_MET("first_response_met"),
    FIRST_RESPONSE_BREACHED("first_response_breached"),
    RESOLUTION_MET("resolution_met"),
    RESOLUTION_BREACHED("resolution_breached"),
    LEGAL_MET("legal_met"),
    LEGAL_BREACHED("legal_breached");

    private final String column;

    Counter(String column) {
        this.column = column;
    }

    /** The column of kpi_daily that holds it. */
    public String column() {
        return column;
    }
}

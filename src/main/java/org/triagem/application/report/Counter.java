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
    LEGAL_BREACHED("legal_breached"),
    /** Surveys issued (offered), on the day they were issued; a phone survey is issued answered. */
    SURVEYS_SENT("surveys_sent"),
    /** Surveys that got their first answer (any score or the comment), once per survey. */
    SURVEYS_ANSWERED("surveys_answered"),
    CSAT_ANSWERS("csat_answers"),
    CSAT_SCORE_SUM("csat_score_sum"),
    /** CSAT answers of 4 or 5 (the top-2 box). */
    CSAT_SATISFIED("csat_satisfied"),
    NPS_ANSWERS("nps_answers"),
    NPS_PROMOTERS("nps_promoters"),
    NPS_PASSIVES("nps_passives"),
    NPS_DETRACTORS("nps_detractors"),
    CES_ANSWERS("ces_answers"),
    CES_SCORE_SUM("ces_score_sum"),
    /** CES answers of 5 to 7 (agree that it was easy). */
    CES_EASY("ces_easy"),
    /** New cases whose customer had another case opened in the 30 days before. */
    REPEAT_CONTACTS("repeat_contacts"),
    /** Standing resolutions with their requester wait (time the desk owed the next move). */
    REQUESTER_WAITS("requester_waits"),
    REQUESTER_WAIT_MINUTES("requester_wait_minutes"),
    /** Minutes cases spent in progress, counted as each stretch ends (the cost estimate's labour). */
    IN_PROGRESS_MINUTES("in_progress_minutes"),
    /** Customer contacts: the one that opened the case and each later message or call that joined it. */
    CONTACTS("contacts");

    private final String column;

    Counter(String column) {
        this.column = column;
    }

    /** The column of kpi_daily that holds it. */
    public String column() {
        return column;
    }
}

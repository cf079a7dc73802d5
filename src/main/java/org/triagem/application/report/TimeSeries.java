package org.triagem.application.report;

/** The times whose distribution is kept in buckets (for the median and p90), one histogram each. */
public enum TimeSeries {
    FIRST_RESPONSE_MINUTES,
    FIRST_RESPONSE_BUSINESS_MINUTES,
    RESOLUTION_MINUTES,
    RESOLUTION_BUSINESS_MINUTES,
    REQUESTER_WAIT_MINUTES
}

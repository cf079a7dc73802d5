package org.triagem.application.report;

/** Shares and means with the edge cases spelled once: nothing to divide by gives null, not 0 or NaN. */
public final class Rates {

    private Rates() {
    }

    /** part / whole as a percentage rounded to one decimal, or null when whole is zero. */
    public static Double percent(long part, long whole) {
        return whole <= 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    /** sum / count rounded to one decimal, or null when count is zero. */
    public static Double mean(long sum, long count) {
        return count <= 0 ? null : Math.round(10.0 * sum / count) / 10.0;
    }

    /** sum / count rounded to two decimals (a score on a 1–5 or 1–7 scale), or null when count is zero. */
    public static Double mean2(long sum, long count) {
        return count <= 0 ? null : Math.round(100.0 * sum / count) / 100.0;
    }

    static Double round(Double value) {
        return value == null ? null : Math.round(value * 10.0) / 10.0;
    }
}

package org.triagem.application;

import java.util.List;

/**
 * A department's open cases counted by priority and age, for supervisors: one row per department and
 * priority, with the counts per age band (under 1 day, 1–3 days, 3–7 days, over 7 days).
 */
public record Backlog(List<Row> rows) {

    /** The age bands, in days. */
    public static final List<String> BANDS = List.of("<1d", "1-3d", "3-7d", ">7d");

    /** Open cases of one department at one priority. */
    public record Row(String department, String priority, long[] byAge, long total) {
    }
}

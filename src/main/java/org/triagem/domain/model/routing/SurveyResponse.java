package org.triagem.domain.model.routing;

import java.util.Objects;
import org.triagem.domain.model.survey.NpsGroup;

/**
 * A survey answer just recorded, as the {@code survey} rules' recovery rules see it. Read-only. Asked
 * once per answer, at the moment the CSAT or the NPS is first recorded.
 *
 * <p>What a rule can read: {@code csatAtMost(2)} (a CSAT was given and is 2 or less), {@code npsDetractor}
 * (an NPS from 0 to 6 was given), {@code department} and {@code category} of the case. Prefer the tests
 * to the raw scores: a score not given is empty, and a test on it is simply false.
 */
public final class SurveyResponse {

    private final String department;
    private final String category;
    private final Integer csat;
    private final Integer nps;

    public SurveyResponse(String department, String category, Integer csat, Integer nps) {
        this.department = Objects.requireNonNull(department, "department");
        this.category = category;
        this.csat = csat;
        this.nps = nps;
    }

    /** True when a CSAT was given and is at most {@code score}. */
    public boolean csatAtMost(int score) {
        return csat != null && csat <= score;
    }

    /** True when an NPS was given and puts the customer among the detractors (0 to 6). */
    public boolean isNpsDetractor() {
        return nps != null && NpsGroup.of(nps) == NpsGroup.DETRACTOR;
    }

    public String getDepartment() {
        return department;
    }

    public String getCategory() {
        return category;
    }

    /** For notes: "CSAT 2, NPS 5", the scores given. */
    public String describe() {
        return (csat == null ? "" : "CSAT " + csat) + (csat != null && nps != null ? ", " : "")
                + (nps == null ? "" : "NPS " + nps);
    }

    @Override
    public String toString() {
        return "SurveyResponse[" + department + ", " + describe() + "]";
    }
}

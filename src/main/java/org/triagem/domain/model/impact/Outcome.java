package org.triagem.domain.model.impact;

import java.util.Objects;

/**
 * What one version decided for one complaint, as the case would have been opened: the department, the
 * priority ({@code P1}..{@code P4}), the SLA targets written as {@code first-response/resolution/legal
 * days} and the category (null when no rule classified it). {@code fallback} says the rules could not
 * decide and intake's safety net would have routed the complaint instead.
 */
public record Outcome(String department, String priority, String sla, String category, boolean fallback) {

    public Outcome {
        Objects.requireNonNull(department);
        Objects.requireNonNull(priority);
        Objects.requireNonNull(sla);
    }

    /** SLA targets the way the preview shows them: {@code 240/1440/7} (minutes, minutes, days). */
    public static String sla(int firstResponseMinutes, int resolutionMinutes, int legalDays) {
        return firstResponseMinutes + "/" + resolutionMinutes + "/" + legalDays;
    }

    /** The value of one part of the decision, for comparing and showing it. */
    public String valueOf(ImpactKind kind) {
        return switch (kind) {
            case DEPARTMENT -> department;
            case PRIORITY -> priority;
            case SLA -> sla;
            case CATEGORY -> category;
        };
    }
}

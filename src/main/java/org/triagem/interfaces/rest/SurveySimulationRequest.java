package org.triagem.interfaces.rest;

import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.routing.ResolvedCase;

/** A sample resolved case for the survey rules (docs/rules.md, "The survey decision"). */
@Schema(name = "SurveySimulationRequest")
public class SurveySimulationRequest {

    @Schema(enumeration = {"WEB_FORM", "EMAIL", "PHONE"}, description = "WEB_FORM when absent")
    public String channel;
    @Schema(required = true, description = "The department that resolved the case")
    public String department;
    public String category;
    @Schema(required = true, description = "The resolution code, such as estorno or spam")
    public String resolutionCode;
    public String rootCause;
    @Schema(description = "Days since the customer was last offered NPS; absent for never")
    public Integer daysSinceLastNps;
    @Schema(minimum = "0", maximum = "99", description = "The case's sample number; 0 when absent")
    public Integer sample;

    ResolvedCase toResolvedCase() {
        Channel parsed;
        try {
            parsed = channel == null || channel.isBlank() ? Channel.WEB_FORM
                    : Channel.valueOf(channel.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("channel", "must be one of WEB_FORM, EMAIL, PHONE");
        }
        if (department == null || department.isBlank()) {
            throw invalid("department", "is required");
        }
        if (resolutionCode == null || resolutionCode.isBlank()) {
            throw invalid("resolutionCode", "is required");
        }
        if (sample != null && (sample < 0 || sample > 99)) {
            throw invalid("sample", "must be from 0 to 99");
        }
        if (daysSinceLastNps != null && daysSinceLastNps < 0) {
            throw invalid("daysSinceLastNps", "cannot be negative");
        }
        return new ResolvedCase(parsed, department.strip(), category, resolutionCode.strip(), rootCause,
                daysSinceLastNps, sample == null ? 0 : sample);
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of("invalid-input", "Invalid input", 400, "Please correct: " + field)
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }
}

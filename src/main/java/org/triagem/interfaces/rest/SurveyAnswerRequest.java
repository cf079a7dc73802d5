package org.triagem.interfaces.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triagem.domain.model.survey.SurveyAnswers;

/** Answers to a survey; every field optional, at least one required. */
@Schema(name = "SurveyAnswerRequest")
public class SurveyAnswerRequest {

    @Schema(minimum = "1", maximum = "5", description = "How satisfied with the service (CSAT)")
    @Min(value = 1, message = "must be from 1 to 5")
    @Max(value = 5, message = "must be from 1 to 5")
    public Integer csat;

    @Schema(minimum = "0", maximum = "10", description = "How likely to recommend us (NPS)")
    @Min(value = 0, message = "must be from 0 to 10")
    @Max(value = 10, message = "must be from 0 to 10")
    public Integer nps;

    @Schema(minimum = "1", maximum = "7", description = "How easy it was to solve (CES)")
    @Min(value = 1, message = "must be from 1 to 7")
    @Max(value = 7, message = "must be from 1 to 7")
    public Integer ces;

    @Schema(maxLength = SurveyAnswers.MAX_COMMENT, description = "Free text; never shown back")
    @Size(max = SurveyAnswers.MAX_COMMENT, message = "must be at most 2000 characters")
    public String comment;

    SurveyAnswers toAnswers() {
        return new SurveyAnswers(csat, nps, ces, comment);
    }
}

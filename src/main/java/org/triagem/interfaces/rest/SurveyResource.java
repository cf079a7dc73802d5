package org.triagem.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.SurveyService;
import org.triagem.application.SurveyView;
import org.triagem.domain.model.survey.SurveyAnswers;

/**
 * A survey, reached with the signed token of its mail link (docs/surveys.md): no login, and the token
 * is the only key. Refusals are problem+json: 404 {@code survey-link-invalid} for a token we did not
 * sign (tampered, truncated, made up), 410 {@code survey-expired}, 409 {@code survey-already-answered}
 * when an answer brings nothing new, 400 for a score off its scale or a question not asked.
 */
@Path("/public/surveys/{token}")
@Tag(name = "customer")
@PermitAll
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class SurveyResource {

    @Inject
    SurveyService surveys;

    @GET
    @Operation(summary = "What the survey asks and what is already answered",
            description = "The token is the `t` parameter of the link in the survey mail.")
    @APIResponse(responseCode = "200", description = "The survey",
            content = @Content(schema = @Schema(implementation = SurveyView.class)))
    @APIResponse(responseCode = "404", description = "Not a survey link we issued (problem+json)")
    @APIResponse(responseCode = "410", description = "The link has expired (problem+json)")
    public SurveyView show(@PathParam("token") String token) {
        return surveys.view(token);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the survey",
            description = "Each question counts once: the first answer stands. Answers may come in several calls"
                    + " (the CSAT from the link, then NPS, CES and the comment). A call that brings nothing new,"
                    + " such as a double click, answers 409 survey-already-answered and changes nothing.")
    @APIResponse(responseCode = "200", description = "Recorded; the survey as it now is",
            content = @Content(schema = @Schema(implementation = SurveyView.class)))
    @APIResponse(responseCode = "400", description = "A score off its scale, a question not asked, or nothing")
    @APIResponse(responseCode = "404", description = "Not a survey link we issued")
    @APIResponse(responseCode = "409", description = "Already answered: the first answer stands")
    @APIResponse(responseCode = "410", description = "The link has expired")
    public SurveyView answer(@PathParam("token") String token,
            @NotNull(message = "a JSON body is required") @Valid SurveyAnswerRequest request) {
        try {
            SurveyAnswers answers = request.toAnswers();
            return surveys.answer(token, answers);
        } catch (IllegalArgumentException e) {
            // The domain's own words: which question, which scale. Nothing was recorded.
            throw new ProblemException(Problem.of("invalid-survey-answer", "Invalid survey answer", 400,
                    e.getMessage()));
        }
    }
}

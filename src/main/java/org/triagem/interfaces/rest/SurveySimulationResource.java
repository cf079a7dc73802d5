package org.triagem.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.RuleSetService;
import org.triagem.domain.model.routing.SurveyExplanation;
import org.triagem.domain.model.survey.SurveyKind;

/** Lets analysts try the survey rules on a sample resolved case; no case or survey is created. */
@Path("/rules/simulate/survey")
@jakarta.annotation.security.RolesAllowed({"analyst", "admin"})
@Tag(name = "rules")
public class SurveySimulationResource {

    @Inject
    RuleSetService rulesets;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Ask the survey rules about a sample resolved case and explain the answer",
            description = "Runs the `survey` rule set of the active version, or of `version`.")
    @APIResponse(responseCode = "200", description = "Whether a survey is sent, which questions, and why",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public View simulate(SurveySimulationRequest request,
            @Parameter(description = "a version number, such as 3; the active version if absent")
            @QueryParam("version") String version) {
        SurveySimulationRequest sample = request == null ? new SurveySimulationRequest() : request;
        Optional<Long> number = version == null || version.isBlank() ? Optional.empty()
                : Optional.of(VersionNumbers.parse(version));
        SurveyExplanation s = rulesets.simulateSurvey(sample.toResolvedCase(), number);
        return new View(s.ruleSetVersion(), s.decision().surveys(), List.copyOf(s.decision().getKinds()),
                s.decision().getWithheldBecause(), s.firedRules());
    }

    /** The survey decision as analysts read it. */
    @Schema(name = "SurveySimulation")
    public record View(String ruleSetVersion, boolean survey, List<SurveyKind> kinds, List<String> withheldBecause,
            List<String> firedRules) {
    }
}

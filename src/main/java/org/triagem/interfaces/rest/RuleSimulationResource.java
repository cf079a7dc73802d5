package org.triagem.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.RuleSetService;

/** Lets analysts try a complaint against the rules without opening a case. */
@Path("/rules/simulate")
@jakarta.annotation.security.RolesAllowed({"analyst", "admin"})
@Tag(name = "rules")
public class RuleSimulationResource {

    @Inject
    RuleSetService rulesets;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Decide a sample complaint and explain it; no case is created",
            description = "Runs the intake rule sets in order against the active version, or against `version`.")
    @APIResponse(responseCode = "200", description = "The decision and the rules that fired",
            content = @Content(schema = @Schema(implementation = SimulationView.class)))
    @APIResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "That version does not compile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SimulationView simulate(SimulationRequest request,
            @Parameter(description = "a version number, such as 3; the active version if absent")
            @QueryParam("version") String version) {
        SimulationRequest sample = request == null ? new SimulationRequest() : request;
        Optional<Long> number = version == null || version.isBlank() ? Optional.empty()
                : Optional.of(VersionNumbers.parse(version));
        return SimulationView.of(rulesets.simulate(sample.facts().complaint(), number));
    }
}

package org.triagem.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.ComplaintSimulation;

/** Lets analysts try complaints against the rules without opening a case: one, or a CSV batch. */
@Path("/rules/simulate")
@jakarta.annotation.security.RolesAllowed({"analyst", "admin"})
@Tag(name = "rules")
public class RuleSimulationResource {

    static final String CSV = "text/csv";

    @Inject
    ComplaintSimulation simulation;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Decide a sample complaint, or an earlier case again, and explain it; no case is created",
            description = "Runs the intake rule sets in order against the active version, or against `version`."
                    + " The customer (name, email, phone, cpf) identifies them as at intake, and their open cases"
                    + " are counted as intake counts them unless `earlierOpenCases` is given. `earlierCase` (a"
                    + " protocol number, alone) decides that case's facts as first taken in, and `earlierCase` in"
                    + " the answer says how it was decided then.")
    @APIResponse(responseCode = "200", description = "The decision and the rules that fired",
            content = @Content(schema = @Schema(implementation = SimulationView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid (channel, cpf, email, earlierCase...)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such version, or no case with that protocol",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "That version does not compile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SimulationView simulate(SimulationRequest request,
            @Parameter(description = "a version number, such as 3; the active version if absent")
            @QueryParam("version") String version) {
        SimulationRequest sample = request == null ? new SimulationRequest() : request;
        return SimulationView.of(simulation.simulate(sample.sample(), number(version)));
    }

    @POST
    @Path("batch")
    @Consumes({CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces({MediaType.APPLICATION_JSON, CSV, Problem.MEDIA_TYPE})
    @Operation(summary = "Decide a CSV batch of sample complaints; no case is created",
            description = "UTF-8 (with or without BOM), `;` or `,` separated, a header row naming the columns:"
                    + " description, subject, channel, categoryHint, ivrChoice, name, email, phone, cpf,"
                    + " customerSegment, earlierOpenCases, earlierCase (or descricao, assunto, canal, categoria,"
                    + " ura, nome, email, telefone, cpf, segmento, casos_abertos, caso_anterior). At most "
                    + SimulationBatchCsv.MAX_ROWS + " rows. Rows are numbered as in the spreadsheet (the header is"
                    + " row 1); a row that cannot be decided gets its error and the others are decided. JSON, or"
                    + " with Accept: text/csv a `;`-separated CSV with a BOM for spreadsheets.")
    @RequestBody(content = @Content(mediaType = CSV))
    @APIResponse(responseCode = "200", description = "One decision or error per row", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SimulationBatchView.class)),
        @Content(mediaType = CSV)})
    @APIResponse(responseCode = "400", description = "The file cannot be read: not UTF-8, an unknown column, too"
            + " many rows, or an unclosed quote (the detail names the row)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response simulateBatch(byte[] body,
            @Parameter(description = "a version number, such as 3; the active version if absent")
            @QueryParam("version") String version,
            @Context HttpHeaders headers) {
        Optional<Long> number = number(version);
        SimulationBatchView view = SimulationBatch.run(body, sample -> simulation.simulate(sample, number),
                headers.getAcceptableLanguages());
        if (wantsCsv(headers)) {
            return Response.ok(view.csv(), CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"simulacao.csv\"").build();
        }
        return Response.ok(view, MediaType.APPLICATION_JSON).build();
    }

    private static Optional<Long> number(String version) {
        return version == null || version.isBlank() ? Optional.empty() : Optional.of(VersionNumbers.parse(version));
    }

    /** CSV only when asked for before JSON, as the KPI report does. */
    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType()) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}

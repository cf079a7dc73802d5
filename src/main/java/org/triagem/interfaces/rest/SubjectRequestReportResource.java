package org.triagem.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.subject.RequestTally;
import org.triagem.application.subject.SubjectRequestService;

/**
 * The decree's history duty as a figure beside the KPIs (docs/kpis.md): of the history requests received
 * in the period, how many were met within 5 calendar days, how many late, how many open; the same for
 * access requests (15 days). A small endpoint of its own: the KPI report is per department, and these
 * requests belong to a customer, not to a department.
 */
@Path("/reports/subject-requests")
@Tag(name = "reports")
@RolesAllowed({"supervisor", "admin", "dpo"})
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class SubjectRequestReportResource {

    @Inject
    SubjectRequestService requests;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "History requests met within 5 days (Decreto 11.034/2022 Art. 12) and access requests"
            + " within 15 (LGPD Art. 19), for the requests received in the period")
    @APIResponse(responseCode = "200", description = "One tally per kind: requested, metInTime, late, open and"
            + " metInTimeShare (met / (met + late), null while none is decided)",
            content = @Content(schema = @Schema(implementation = RequestTally.class)))
    public List<RequestTally> tally(
            @QueryParam("from") @Parameter(description = "first day, yyyy-mm-dd (default: 29 days before to)") String from,
            @QueryParam("to") @Parameter(description = "last day, yyyy-mm-dd (default: today, São Paulo)") String to) {
        LocalDate last = to == null || to.isBlank() ? LocalDate.now(ZoneId.of("America/Sao_Paulo")) : day(to, "to");
        LocalDate first = from == null || from.isBlank() ? last.minusDays(29) : day(from, "from");
        return requests.tally(CurrentActor.of(security), first, last);
    }

    private static LocalDate day(String text, String field) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ProblemException(Problem.of("invalid-input", "Invalid input", 400, "Please correct: " + field)
                    .withErrors(List.of(new Problem.FieldError(field, "must be a date, yyyy-mm-dd"))));
        }
    }
}

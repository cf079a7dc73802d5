package org.triagem.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.DigestService;
import org.triagem.application.digest.DigestPeriod;

/**
 * The root-cause digest (docs/digest.md) without waiting for the schedule: composed for reading, or
 * sent now to the department's recipients, once per department and period like the scheduled one.
 * Supervisors their own departments, admins all; agents are refused (403), as for the KPI report.
 */
@Path("/reports/digest")
@Tag(name = "reports")
@RolesAllowed({"agent", "supervisor", "admin"})
public class DigestResource {

    @Inject
    DigestService digests;

    @Context
    SecurityContext security;

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, Problem.MEDIA_TYPE})
    @Operation(summary = "The root-cause digest of a period, as the supervisors' mail has it: top root causes and"
            + " categories against the period before, SLA and legal-deadline breaches with the cases, detractors'"
            + " comments. JSON (figures, subject and text), or the pt-BR text with Accept: text/plain. Without"
            + " from and to, the period of the latest scheduled digest. Supervisors: own departments; admins: all")
    @APIResponse(responseCode = "200", description = "The digest",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DigestView.class)))
    @APIResponse(responseCode = "400", description = "A date is invalid, or only one of from and to is given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a supervisor of every department asked for, nor an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response read(
            @QueryParam("department")
            @Parameter(description = "comma-separated departments (default: all the caller supervises)") String department,
            @QueryParam("from") @Parameter(description = "first day, yyyy-mm-dd (with to)") String from,
            @QueryParam("to") @Parameter(description = "last day, yyyy-mm-dd (with from)") String to,
            @Context HttpHeaders headers) {
        DigestPeriod period = period(from, to);
        DigestService.Composed composed = digests.compose(CurrentActor.of(security), csv(department), period);
        if (wantsText(headers)) {
            return Response.ok(composed.mail().text(), MediaType.TEXT_PLAIN + ";charset=UTF-8").build();
        }
        return Response.ok(DigestView.of(composed), MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("send")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Send the department's digest of a period now to its configured recipients"
            + " (triagem.digest.recipients), through the outbox. A department's digest of a period is sent once,"
            + " whether by the schedule or by this call. Without from and to, the latest scheduled period."
            + " Supervisors: own departments; admins: all")
    @APIResponse(responseCode = "202", description = "Queued in the outbox for each recipient",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DigestDeliveryView.class)))
    @APIResponse(responseCode = "400", description = "No single department, or an invalid period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a supervisor of the department, nor an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "digest-already-sent: this digest went out before;"
            + " digest-without-recipients: no address is configured for the department",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response send(
            @QueryParam("department") @Parameter(description = "one department", required = true) String department,
            @QueryParam("from") @Parameter(description = "first day, yyyy-mm-dd (with to)") String from,
            @QueryParam("to") @Parameter(description = "last day, yyyy-mm-dd (with from)") String to) {
        Set<String> departments = csv(department);
        if (departments.size() != 1) {
            throw invalid(List.of(new Problem.FieldError("department", "name exactly one department")));
        }
        DigestPeriod period = period(from, to);
        DigestService.Delivery delivery = digests.send(CurrentActor.of(security), departments.iterator().next(), period);
        return switch (delivery.outcome()) {
            case SENT -> Response.accepted(DigestDeliveryView.of(delivery)).type(MediaType.APPLICATION_JSON).build();
            case ALREADY_SENT -> Problem.of("digest-already-sent", "Digest already sent", 409, "The digest of "
                    + delivery.department() + " for " + period.from() + " to " + period.to() + " was sent before.")
                    .toResponse();
            case NO_RECIPIENTS -> Problem.of("digest-without-recipients", "No recipients", 409, "No address is"
                    + " configured for " + delivery.department() + " (triagem.digest.recipients).").toResponse();
        };
    }

    private DigestPeriod period(String from, String to) {
        boolean hasFrom = from != null && !from.isBlank();
        boolean hasTo = to != null && !to.isBlank();
        if (!hasFrom && !hasTo) {
            return digests.latestScheduledPeriod();
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate first = day("from", from, errors);
        LocalDate last = day("to", to, errors);
        if (errors.isEmpty()) {
            try {
                return new DigestPeriod(first, last);
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("to", e.getMessage()));
            }
        }
        throw invalid(errors);
    }

    private static LocalDate day(String name, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(name, "give both from and to, or neither"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(name, "must be a date, yyyy-mm-dd"));
            return null;
        }
    }

    private static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(Problem.of("invalid-input", "Invalid input", 400, "Please correct: "
                + errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", ")))
                .withErrors(errors));
    }

    /** The text only when asked for before JSON; a wildcard gets JSON. */
    private static boolean wantsText(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                continue;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_PLAIN_TYPE)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> csv(String values) {
        if (values == null || values.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(values.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.length() > 120 ? s.substring(0, 120) : s).collect(Collectors.toSet());
    }
}

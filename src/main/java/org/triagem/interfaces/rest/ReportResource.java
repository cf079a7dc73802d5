package org.triagem.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.KpiQuery;
import org.triagem.application.ReportService;
import org.triagem.application.report.Grouping;
import org.triagem.application.report.KpiReport;

/**
 * The service KPIs of a period (docs/kpis.md), as JSON or, with {@code Accept: text/csv}, as CSV.
 * Supervisors read their own departments, admins all, agents their own figures.
 */
@Path("/reports")
@Tag(name = "reports")
@RolesAllowed({"agent", "supervisor", "admin"})
public class ReportResource {

    static final String CSV = "text/csv";

    /** Without from and to, a report covers the last 30 days up to today. */
    static final int DEFAULT_DAYS = 30;

    @Inject
    ReportService reports;

    @Inject
    java.time.Clock clock;

    @Context
    SecurityContext security;

    @GET
    @Path("kpis")
    @Produces({MediaType.APPLICATION_JSON, CSV, Problem.MEDIA_TYPE})
    @Operation(summary = "Service KPIs per day, week or month from the daily aggregates (docs/kpis.md): complaints"
            + " in per channel, resolved, first response, resolution and requester wait time (mean, median, p90),"
            + " FCR, reopen, escalation and repeat-contact (30 days) rates, SLA and legal-deadline compliance,"
            + " surveys (sent, answered, response rate, CSAT mean and % satisfied, NPS with its three shares, CES),"
            + " an estimated cost per resolution, the same figures for the equally long period before (previous),"
            + " and top categories, root causes and tags with their change. Dates are days in America/Sao_Paulo,"
            + " both inclusive. Supervisors: own departments (another is 403); admins: all; agents: their own"
            + " figures only (another agent is 403). JSON, or CSV with Accept: text/csv")
    @APIResponse(responseCode = "200", description = "The report (JSON: KpiReport; CSV: one line per period, then"
            + " total and previous)", content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KpiReport.class)),
                @Content(mediaType = CSV)})
    @APIResponse(responseCode = "400", description = "A bad date, grouping, channel or priority",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Another department than one's own (supervisor), another"
            + " agent's figures (agent), or no reporting role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response kpis(@QueryParam("from") @Parameter(description = "first day, yyyy-mm-dd (default: 29 days before to)") String from,
            @QueryParam("to") @Parameter(description = "last day, yyyy-mm-dd (default: today)") String to,
            @QueryParam("department") @Parameter(description = "comma-separated departments") String department,
            @QueryParam("channel") @Parameter(description = "comma-separated: WEB_FORM, EMAIL, PHONE") String channel,
            @QueryParam("category") @Parameter(description = "comma-separated categories") String category,
            @QueryParam("priority") @Parameter(description = "comma-separated: P1..P4") String priority,
            @QueryParam("agent") @Parameter(description = "comma-separated staff usernames: the assignee each event"
                    + " was counted for; an agent may name only themselves") String agent,
            @QueryParam("groupBy") @Parameter(description = "day (default), week or month") String groupBy,
            @Context jakarta.ws.rs.core.HttpHeaders headers) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(org.triagem.domain.model.department.BusinessCalendar.SAO_PAULO));
        LocalDate last = day("to", to, today, errors);
        LocalDate first = day("from", from, last == null ? null : last.minusDays(DEFAULT_DAYS - 1), errors);
        Grouping grouping = Grouping.parse(groupBy).orElse(null);
        if (grouping == null) {
            errors.add(new Problem.FieldError("groupBy", "must be day, week or month"));
        }
        checkNames("channel", csv(channel), org.triagem.domain.model.complaint.Channel.class, errors);
        checkNames("priority", csv(priority), org.triagem.domain.model.complaint.Priority.class, errors);
        KpiQuery query = errors.isEmpty() ? query(first, last, department, channel, category, priority, agent, errors)
                : null;
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of("invalid-input", "Invalid input", 400, "Please correct: "
                    + errors.stream().map(Problem.FieldError::field).collect(Collectors.joining(", ")))
                    .withErrors(errors));
        }
        KpiReport report = reports.kpis(CurrentActor.of(security), query, grouping);
        if (wantsCsv(headers)) {
            return Response.ok(KpiCsv.of(report), CSV + ";charset=UTF-8").build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    private static KpiQuery query(LocalDate from, LocalDate to, String department, String channel, String category,
            String priority, String agent, List<Problem.FieldError> errors) {
        try {
            return new KpiQuery(from, to, csv(department), csv(channel), csv(category), csv(priority), csv(agent));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("to", e.getMessage()));
            return null;
        }
    }

    /** CSV only when asked for it before JSON; a browser's or a client's wildcard gets JSON. */
    private static boolean wantsCsv(jakarta.ws.rs.core.HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if (!type.isWildcardType() && type.toString().startsWith(CSV)) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate day(String name, String value, LocalDate otherwise, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(name, "must be a date, yyyy-mm-dd"));
        return null;
    }

    /** A misspelt channel or priority would match nothing and report zeros: refused instead. */
    private static <E extends Enum<E>> void checkNames(String field, Set<String> names, Class<E> type,
            List<Problem.FieldError> errors) {
        Set<String> known = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
        if (!known.containsAll(names)) {
            errors.add(new Problem.FieldError(field, "must be among " + String.join(", ", new java.util.TreeSet<>(known))));
        }
    }

    private static Set<String> csv(String values) {
        if (values == null || values.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(values.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.length() > 120 ? s.substring(0, 120) : s).collect(Collectors.toSet());
    }
}

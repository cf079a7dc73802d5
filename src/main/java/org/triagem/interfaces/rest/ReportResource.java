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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.KpiQuery;
import org.triagem.application.ReportService;
import org.triagem.application.report.Grouping;
import org.triagem.application.report.KpiReport;

/**
 * The service KPIs of a period (docs/kpis.md), as JSON or, with {@code Accept: text/csv}, as CSV.
 * Supervisors read their own departments, admins all; agents are refused (403).
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
    @Operation(summary = "Service KPIs per day, week or month from the daily aggregates: complaints in per channel,"
            + " resolved, first response and resolution time (mean, median, p90; calendar and business minutes),"
            + " FCR, reopen and escalation rates, SLA and legal-deadline compliance. Dates are days in"
            + " America/Sao_Paulo, both inclusive. Survey KPIs await the surveys. Supervisors: own departments;"
            + " admins: all. JSON, or CSV with Accept: text/csv")
    public Response kpis(@QueryParam("from") @Parameter(description = "first day, yyyy-mm-dd (default: 29 days before to)") String from,
            @QueryParam("to") @Parameter(description = "last day, yyyy-mm-dd (default: today)") String to,
            @QueryParam("department") @Parameter(description = "comma-separated departments") String department,
            @QueryParam("channel") @Parameter(description = "comma-separated: WEB_FORM, EMAIL, PHONE") String channel,
            @QueryParam("category") @Parameter(description = "comma-separated categories") String category,
            @QueryParam("priority") @Parameter(description = "comma-separated: P1..P4") String priority,
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
        KpiQuery query = errors.isEmpty() ? query(first, last, department, channel, category, priority, errors) : null;
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
            String priority, List<Problem.FieldError> errors) {
        try {
            return new KpiQuery(from, to, csv(department), csv(channel), csv(category), csv(priority));
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

package org.triagem.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.Actor;
import org.triagem.application.Backlog;
import org.triagem.application.CaseClocks;
import org.triagem.application.CaseConversation;
import org.triagem.application.CaseNotFoundException;
import org.triagem.application.CaseQueries;
import org.triagem.application.CaseWorkService;
import org.triagem.application.StaleCaseException;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseAction;
import org.triagem.domain.model.complaint.CaseFilter;
import org.triagem.domain.model.complaint.CasePage;
import org.triagem.domain.model.complaint.CaseStatus;
import org.triagem.domain.model.complaint.InvalidCaseRequestException;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.department.BusinessCalendar;
import org.triagem.domain.model.search.CaseSearch;
import org.triagem.domain.model.search.InvalidSearchException;
import org.triagem.domain.model.search.SearchQuery;

/**
 * Department staff's cases: lists, one case, and the lifecycle actions. Every answer is scoped to
 * the caller's departments; a case of another department answers 404 like a missing one.
 */
@Path("/cases")
@Tag(name = "cases")
@RolesAllowed({"agent", "supervisor", "admin"})
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class CaseResource {

    @Inject
    CaseQueries cases;

    @Inject
    CaseWorkService work;

    @Inject
    CaseClocks clocks;

    @Inject
    CaseConversation conversation;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @GET
    @Path("{protocol}")
    @Operation(summary = "A case of one of your departments, with its routing, SLA targets, SLA clocks (state,"
            + " due time, time left) and history; the ETag is its version")
    public Response byProtocol(@PathParam("protocol") String protocol) {
        ProtocolNumber number = ProtocolNumber.parse(protocol);
        Case c = cases.byProtocol(actor(), number).orElseThrow(() -> new CaseNotFoundException(number));
        return Response.ok(view(c)).tag(CaseETags.of(c.version())).build();
    }

    @GET
    @Operation(summary = "Cases of your departments: filters (q, status, priority, department, assignee, mine,"
            + " unassigned, channel, category, openedFrom and openedTo: opening days in America/Sao_Paulo, both"
            + " inclusive; openedSince: an instant; due: breached or within hours, over the running SLA clocks),"
            + " sort (newest, or due: the running clock due first) and paging; X-Total-Count says how many match."
            + " Each item's nextDue names the running clock due first and when. With q, a search ranked best first"
            + " (an exact protocol first) within the other filters, whatever the sort; it ranks the "
            + CaseSearch.RANKED + " newest matches, and X-Search-Capped: true says more matched")
    public Response list(@QueryParam("q") @DefaultValue("") @Parameter(description = "search: protocol, customer's"
                    + " name, subject, description, messages and notes; accents and case ignored; at most "
                    + SearchQuery.MAX_LENGTH + " characters") String text,
            @QueryParam("status") String statuses,
            @QueryParam("priority") String priorities,
            @QueryParam("department") String department,
            @QueryParam("assignee") String assignee,
            @QueryParam("channel") @Parameter(description = "comma-separated: WEB_FORM, EMAIL, PHONE") String channel,
            @QueryParam("category") @Parameter(description = "comma-separated categories") String category,
            @QueryParam("openedFrom") @Parameter(description = "first opening day, yyyy-mm-dd") String openedFrom,
            @QueryParam("openedTo") @Parameter(description = "last opening day, yyyy-mm-dd") String openedTo,
            @QueryParam("openedSince") @Parameter(description = "opened at or after this instant, ISO-8601 with"
                    + " offset (e.g. 2026-03-02T12:00:00Z)") String openedSince,
            @QueryParam("due") @Parameter(description = "breached: a running SLA clock (first response,"
                    + " resolution or legal) is past its due time; within: none is, and the nearest falls due"
                    + " within the given hours") String due,
            @QueryParam("hours") @Parameter(description = "with due=within: the window in hours, 1-8784"
                    + " (default 24)") String hours,
            @QueryParam("mine") @DefaultValue("false") boolean mine,
            @QueryParam("unassigned") @DefaultValue("false") boolean unassigned,
            @QueryParam("sort") @DefaultValue("newest") String sort,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        Actor actor = actor();
        checkSearch(text);
        int size = Math.max(1, Math.min(limit, 200));
        long offset = Math.max(0L, page) * size;
        if (offset > Integer.MAX_VALUE) {
            // page × limit past what a query can skip: the caller's mistake, not a 500
            throw new ProblemException(Problem.of("invalid-input", "Invalid input", 400, "Please correct: page")
                    .withErrors(List.of(new Problem.FieldError("page", "is beyond the last page"))));
        }
        CaseFilter filter = new CaseFilter(text, parse(statuses, CaseStatus.class), parse(priorities, Priority.class),
                department, mine ? actor.username() : assignee, unassigned,
                "due".equalsIgnoreCase(sort) ? CaseFilter.Sort.DUE : CaseFilter.Sort.NEWEST,
                (int) offset, size, null);
        CaseOrigin origin = CaseOrigin.parse(channel, category, openedFrom, openedTo, BusinessCalendar.SAO_PAULO);
        CaseTiming timing = CaseTiming.parse(due, hours, openedSince, OffsetDateTime.now(clock));
        filter = filter.originating(origin.channels(), origin.categories(),
                origin.opened().since(timing.openedSince())).byClocks(timing.due());
        CasePage found = cases.list(actor, filter);
        Response.ResponseBuilder answer = Response.ok(found.cases().stream().map(CaseView.Summary::of).toList())
                .header("X-Total-Count", found.total());
        return (found.capped() ? answer.header("X-Search-Capped", "true") : answer).build();
    }

    /** A search too long to be one is the caller's mistake: a 400 naming q, never a 500. */
    private static void checkSearch(String text) {
        try {
            SearchQuery.of(text);
        } catch (InvalidSearchException e) {
            throw new ProblemException(Problem.of("invalid-input", "Invalid input", 400, "Please correct: q")
                    .withErrors(List.of(new Problem.FieldError("q", e.getMessage()))));
        }
    }

    @GET
    @Path("backlog")
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Open cases of your departments by priority and age (under 1 day, 1-3, 3-7, over 7 days)")
    public Backlog backlog(@QueryParam("department") String department) {
        return cases.backlog(actor(), department);
    }

    @POST
    @Path("{protocol}/actions/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A lifecycle action (claim, assign, unassign, start, transfer, pending-customer, resolve,"
            + " close, reopen, merge). Requires If-Match with the case's ETag: 428 without it, 412 when stale,"
            + " 409 when the status does not allow the action, 422 not-in-catalogue (with knownDepartments,"
            + " knownResolutionCodes or knownRootCauses) for a department, resolution code or root cause outside"
            + " its managed list")
    public Response act(@PathParam("protocol") String protocol, @PathParam("action") String actionName,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ActionRequest request) {
        ProtocolNumber number = ProtocolNumber.parse(protocol);
        CaseAction action = CaseAction.fromSlug(actionName).orElseThrow(() -> new ProblemException(Problem.coded(
                "unknown-action", 404, "detail", actionName,
                Arrays.stream(CaseAction.values()).map(CaseAction::slug).collect(Collectors.joining(", ")))));
        Actor actor = actor();
        // Scoping first: no other answer may tell a stranger that the protocol exists.
        cases.byProtocol(actor, number).orElseThrow(() -> new CaseNotFoundException(number));
        OptionalLong version = CaseETags.versionIn(ifMatch);
        if (version.isEmpty()) {
            throw new ProblemException(Problem.coded("precondition-required", 428, "detail", number.value()));
        }
        try {
            Case after = work.perform(actor, number, version.getAsLong(),
                    (request == null ? new ActionRequest() : request).toCommand(action));
            return Response.ok(view(after)).tag(CaseETags.of(after.version())).build();
        } catch (InvalidCaseRequestException e) {
            throw new ProblemException(Problem.coded("invalid-action", 422, e.reason().name(), e.args().toArray()));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.of("invalid-action", "The action cannot be done as asked", 422,
                    e.getMessage()));
        } catch (OptimisticLockException e) {
            // Someone else committed a change between our read and our write.
            throw new StaleCaseException(version.getAsLong(), -1);
        }
    }

    private Actor actor() {
        return CurrentActor.of(security);
    }

    private static <E extends Enum<E>> Set<E> parse(String csv, Class<E> type) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        try {
            return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> Enum.valueOf(type, s.toUpperCase(Locale.ROOT).replace('-', '_')))
                    .collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.of("invalid-input", "Invalid input", 400,
                    "Unknown " + type.getSimpleName() + " in " + csv + "."));
        }
    }

    /** The case as staff see it, with each SLA clock read on its department's calendar now. */
    private CaseView view(Case c) {
        return CaseView.of(c, clocks.settingsFor(c.department()), OffsetDateTime.now(clock),
                conversation.deliveries(c));
    }
}

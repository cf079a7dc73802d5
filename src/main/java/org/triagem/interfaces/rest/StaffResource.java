package org.triagem.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.StaffService;
import org.triagem.application.SupervisionService;
import org.triagem.domain.model.staff.AssignmentMode;
import org.triagem.domain.model.staff.AssignmentStrategyKind;
import org.triagem.domain.model.staff.DepartmentAssignment;
import org.triagem.domain.model.staff.StaffMember;

/**
 * Supervisors keep their people's skills, absence and caps, choose how the department hands out its cases
 * (pull or push, and the strategy), and watch its breached and escalated cases and its agents' workload.
 */
@Path("/staff")
@Tag(name = "staff")
@RolesAllowed({"supervisor", "admin"})
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class StaffResource {

    @Inject
    StaffService staff;

    @Inject
    SupervisionService supervision;

    @Context
    SecurityContext security;

    /** A staff member as listed. */
    public record Member(String username, Set<String> departments, Set<String> skills, boolean agent, boolean absent,
            int cap, OffsetDateTime lastSeen) {
        static Member of(StaffMember m) {
            return new Member(m.username(), m.departments(), m.skills(), m.isAgent(), m.isAbsent(), m.caseCap(),
                    m.lastSeen());
        }
    }

    /**
     * Changes to a staff member; omitted fields stay as they are. {@code cap}: the most open cases push
     * assignment hands the agent (0 to 500).
     */
    public record MemberUpdate(Set<String> skills, Boolean absent, Integer cap) {
    }

    /**
     * How a department hands out its cases: {@code strategy} ROUND_ROBIN, LEAST_LOADED or SKILLS, and
     * {@code mode} PULL (agents claim from the queue) or PUSH (the strategy assigns on arrival). On a
     * change, an omitted field stays as it is.
     */
    public record Strategy(String department, String strategy, String mode) {
        static Strategy of(DepartmentAssignment a) {
            return new Strategy(a.department(), a.strategy().name(), a.mode().name());
        }
    }

    @GET
    @Operation(summary = "The staff of a department you supervise (as known since their last sign-in)")
    public List<Member> department(@QueryParam("department") String department) {
        return staff.department(CurrentActor.of(security), department).stream().map(Member::of).toList();
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a staff member's skills, absence and/or cap on open cases (absent agents get no"
            + " assignments; push assignment stops at the cap)")
    public Member update(@PathParam("username") String username, MemberUpdate update) {
        MemberUpdate change = update == null ? new MemberUpdate(null, null, null) : update;
        if (change.cap() != null && (change.cap() < 0 || change.cap() > StaffMember.MOST_CASE_CAP)) {
            throw invalid("cap", "cap must be a whole number from 0 to " + StaffMember.MOST_CASE_CAP);
        }
        return Member.of(staff.update(CurrentActor.of(security), username, change.skills(), change.absent(),
                change.cap()));
    }

    @GET
    @Path("overview/{department}")
    @Operation(summary = "A department you supervise: its breached and escalated open cases, its queue, how it"
            + " hands out cases, and each agent's open cases by priority against their cap")
    public SupervisionView overview(@PathParam("department") String department) {
        return SupervisionView.of(supervision.overview(CurrentActor.of(security), department));
    }

    @GET
    @Path("assignment/{department}")
    @Operation(summary = "The department's assignment strategy")
    public Strategy strategy(@PathParam("department") String department) {
        return Strategy.of(staff.assignmentOf(CurrentActor.of(security), department));
    }

    @PUT
    @Path("assignment/{department}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose how the department hands out its cases: strategy ROUND_ROBIN, LEAST_LOADED or"
            + " SKILLS, and/or mode PULL or PUSH (switching to PUSH hands the waiting cases out at once)")
    public Strategy useStrategy(@PathParam("department") String department, Strategy chosen) {
        if (chosen == null || (chosen.strategy() == null && chosen.mode() == null)) {
            throw invalid("strategy", "give a strategy (ROUND_ROBIN, LEAST_LOADED or SKILLS) and/or a mode (PULL or PUSH)");
        }
        AssignmentStrategyKind kind = chosen.strategy() == null ? null
                : named(AssignmentStrategyKind.class, chosen.strategy(), "strategy",
                        "strategy must be ROUND_ROBIN, LEAST_LOADED or SKILLS");
        AssignmentMode mode = chosen.mode() == null ? null
                : named(AssignmentMode.class, chosen.mode(), "mode", "mode must be PULL or PUSH");
        return Strategy.of(staff.organise(CurrentActor.of(security), department, kind, mode));
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name, String field, String message) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw invalid(field, message);
        }
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of("invalid-input", "Invalid input", 400, message)
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }
}

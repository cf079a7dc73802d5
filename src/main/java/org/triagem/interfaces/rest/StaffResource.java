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
import org.triagem.domain.model.staff.AssignmentStrategyKind;
import org.triagem.domain.model.staff.DepartmentAssignment;
import org.triagem.domain.model.staff.StaffMember;

/** Supervisors keep their people's skills and absence, and choose the department's assignment strategy. */
@Path("/staff")
@Tag(name = "staff")
@RolesAllowed({"supervisor", "admin"})
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class StaffResource {

    @Inject
    StaffService staff;

    @Context
    SecurityContext security;

    /** A staff member as listed. */
    public record Member(String username, Set<String> departments, Set<String> skills, boolean agent, boolean absent,
            OffsetDateTime lastSeen) {
        static Member of(StaffMember m) {
            return new Member(m.username(), m.departments(), m.skills(), m.isAgent(), m.isAbsent(), m.lastSeen());
        }
    }

    /** Changes to a staff member; omitted fields stay as they are. */
    public record MemberUpdate(Set<String> skills, Boolean absent) {
    }

    /** A department's assignment strategy: ROUND_ROBIN, LEAST_LOADED or SKILLS. */
    public record Strategy(String department, String strategy) {
        static Strategy of(DepartmentAssignment a) {
            return new Strategy(a.department(), a.strategy().name());
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
    @Operation(summary = "Set a staff member's skills and/or absence (absent agents get no assignments)")
    public Member update(@PathParam("username") String username, MemberUpdate update) {
        return Member.of(staff.update(CurrentActor.of(security), username,
                update == null ? null : update.skills(), update == null ? null : update.absent()));
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
    @Operation(summary = "Choose the department's assignment strategy: ROUND_ROBIN, LEAST_LOADED or SKILLS")
    public Strategy useStrategy(@PathParam("department") String department, Strategy chosen) {
        AssignmentStrategyKind kind;
        try {
            kind = AssignmentStrategyKind.valueOf(chosen.strategy().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (RuntimeException e) {
            throw new ProblemException(Problem.of("invalid-input", "Invalid input", 400,
                    "strategy must be ROUND_ROBIN, LEAST_LOADED or SKILLS"));
        }
        return Strategy.of(staff.useStrategy(CurrentActor.of(security), department, kind));
    }
}

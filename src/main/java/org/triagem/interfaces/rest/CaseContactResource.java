package org.triagem.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.subject.ContactCorrectionService;
import org.triagem.domain.model.complaint.InvalidCaseRequestException;
import org.triagem.domain.model.complaint.ProtocolNumber;

/** LGPD Art. 18 III: correcting the customer's contact data on a case, audited (docs/privacy.md). */
@Path("/cases/{protocol}/contact")
@Tag(name = "privacy")
@RolesAllowed({"agent", "supervisor", "admin", "dpo"})
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class CaseContactResource {

    @Inject
    ContactCorrectionService corrections;

    @Context
    SecurityContext security;

    /** The contact data as they should be (a blank value clears one), and why they change. */
    public record Correction(String name, String email, String phone,
            @Schema(required = true, maxLength = 500) String reason) {
    }

    /** Whether anything changed. */
    public record Corrected(String protocol, boolean changed) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct the customer's name, e-mail and phone on a case",
            description = "Staff of the case's department or the DPO. The change is recorded in the case's history"
                    + " (CONTACT_CORRECTED: who, when, why, old and new values masked) and in the DPO's audit list.")
    @APIResponse(responseCode = "200", description = "Done; changed is false when nothing differed",
            content = @Content(schema = @Schema(implementation = Corrected.class)))
    @APIResponse(responseCode = "400", description = "No reason, or an e-mail address that is not one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No case with this protocol in your departments",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Corrected correct(@PathParam("protocol") String protocol, Correction correction) {
        Correction given = correction == null ? new Correction(null, null, null, null) : correction;
        ProtocolNumber number = ProtocolNumber.parse(protocol);
        try {
            return new Corrected(number.value(), corrections.correct(CurrentActor.of(security), number, given.name(),
                    given.email(), given.phone(), given.reason()));
        } catch (InvalidCaseRequestException e) {
            // A missing reason or a malformed address: the request, not the case, is at fault.
            throw new ProblemException(Problem.coded("invalid-action", 400, e.reason().name(), e.args().toArray()));
        }
    }
}

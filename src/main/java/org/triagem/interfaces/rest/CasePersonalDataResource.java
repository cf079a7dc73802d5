package org.triagem.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.PersonalDataAccess;
import org.triagem.domain.model.complaint.InvalidCaseRequestException;
import org.triagem.domain.model.complaint.PersonalField;
import org.triagem.domain.model.complaint.ProtocolNumber;

/** Staff reveal one of a case's customer identifiers in full, giving a reason that is recorded. */
@Path("/cases/{protocol}/personal-data/{field}")
@Tag(name = "cases")
@RolesAllowed({"agent", "supervisor", "admin"})
public class CasePersonalDataResource {

    @Inject
    PersonalDataAccess personalData;

    @Context
    SecurityContext security;

    /** The revealed value, and which field it is. */
    public record Revealed(String field, String value) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Reveal the customer's email, phone or CPF in full, with a reason (LGPD need to know)",
            description = "Staff see these masked. The body is {\"reason\": \"...\"}, at least 10 characters. The"
                    + " reveal is written into the case's history (who, when, which field, why) and listed to the"
                    + " data protection officer at GET /api/privacy/unmaskings. The answer is never cached.")
    @APIResponse(responseCode = "200", description = "The value in full",
            content = @Content(schema = @Schema(implementation = Revealed.class)))
    @APIResponse(responseCode = "404", description = "No case of your departments has this protocol, or no such"
            + " field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation =
            Problem.class)))
    @APIResponse(responseCode = "422", description = "No reason given, or the customer left no such identifier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reveal(@PathParam("protocol") String protocol, @PathParam("field") String fieldName,
            UnmaskRequest request) {
        ProtocolNumber number = ProtocolNumber.parse(protocol);
        PersonalField field = PersonalField.fromSlug(fieldName).orElseThrow(() -> new ProblemException(
                Problem.coded("unknown-personal-field", 404, "detail", fieldName, Arrays.stream(
                        PersonalField.values()).map(PersonalField::slug).collect(Collectors.joining(", ")))));
        try {
            String value = personalData.reveal(CurrentActor.of(security), number, field,
                    request == null ? null : request.reason());
            CacheControl never = new CacheControl();
            never.setNoStore(true);
            never.setNoCache(true);
            return Response.ok(new Revealed(field.slug(), value)).cacheControl(never).build();
        } catch (InvalidCaseRequestException e) {
            throw new ProblemException(Problem.coded("invalid-action", 422, e.reason().name(), e.args().toArray()));
        }
    }
}

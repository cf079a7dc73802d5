package org.triagem.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.subject.HistoryDocument;
import org.triagem.application.subject.RequestView;
import org.triagem.application.subject.SubjectRequestService;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.subject.Delivery;
import org.triagem.domain.model.subject.RequestChannel;
import org.triagem.domain.model.subject.RequestKind;

/**
 * The data subjects' requests as staff and the DPO handle them (docs/privacy.md): registering one the
 * customer made by phone or in writing, recording its delivery, the history to hand over, and the list
 * with deadlines.
 */
@Path("/subject-requests")
@Tag(name = "privacy")
@RolesAllowed({"agent", "supervisor", "admin", "dpo"})
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class SubjectRequestResource {

    @Inject
    SubjectRequestService requests;

    @Context
    SecurityContext security;

    /** What staff register: the case whose customer asked, what they asked for, and how. */
    public record Registration(
            @Schema(description = "Protocol of a case of the customer who asked", required = true) String protocol,
            @Schema(enumeration = {"HISTORY", "ACCESS"}, required = true) String kind,
            @Schema(enumeration = {"PHONE", "WRITTEN"}, description = "Default PHONE") String channel) {
    }

    /** How staff delivered a request. */
    public record Fulfilment(@Schema(enumeration = {"MAIL", "BY_STAFF"}, required = true) String delivery) {
    }

    @GET
    @Operation(summary = "The newest data subjects' requests, with their deadlines and events (DPO, admins,"
            + " supervisors); subjects are masked")
    @APIResponse(responseCode = "200", description = "Newest first",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    public List<RequestView> newest(@QueryParam("limit") @DefaultValue("100") int limit) {
        return requests.newest(CurrentActor.of(security), Math.max(1, Math.min(limit, 500)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a request the customer made by phone or in writing",
            description = "A history request (Decreto 11.034/2022 Art. 12, 5 calendar days) is fulfilled at once by"
                    + " mail when the customer left an e-mail address; otherwise it stays open on its clock until"
                    + " staff record its delivery. An access request (LGPD Art. 19, 15 days) waits for the DPO."
                    + " Staff of the case's department, the DPO or admins.")
    @APIResponse(responseCode = "201", description = "The request", content = @Content(
            schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "No protocol, or an unknown kind or channel",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No case with this protocol in your departments",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(Registration registration) {
        if (registration == null) {
            throw new ProblemException(Problem.of("invalid-input", "Invalid input", 400, "Please correct: protocol")
                    .withErrors(List.of(new Problem.FieldError("protocol", "is required"))));
        }
        RequestView view = requests.register(CurrentActor.of(security), ProtocolNumber.parse(registration.protocol()),
                enumOf(RequestKind.class, registration.kind(), "kind"),
                registration.channel() == null ? RequestChannel.PHONE
                        : enumOf(RequestChannel.class, registration.channel(), "channel"));
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @POST
    @Path("{id}/fulfilment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that an open request was delivered, and how")
    @APIResponse(responseCode = "200", description = "The request, fulfilled",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "404", description = "No such request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RequestView fulfil(@PathParam("id") long id, Fulfilment fulfilment) {
        return requests.fulfil(CurrentActor.of(security), id,
                enumOf(Delivery.class, fulfilment == null ? null : fulfilment.delivery(), "delivery"));
    }

    @GET
    @Path("{id}/history.pdf")
    @Produces({"application/pdf", Problem.MEDIA_TYPE})
    @Operation(summary = "The customer's history for a request, as the PDF to hand over (audited)")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    public Response history(@PathParam("id") long id) {
        HistoryDocument doc = requests.historyFor(CurrentActor.of(security), id);
        return Response.ok(doc.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"historico-" + doc.protocol() + ".pdf\"").build();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.of("invalid-input", "Invalid input", 400, "Please correct: " + field)
                    .withErrors(List.of(new Problem.FieldError(field, "must be one of "
                            + java.util.Arrays.toString(type.getEnumConstants())))));
        }
    }
}

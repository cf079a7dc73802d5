package org.triagem.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.Actor;
import org.triagem.application.CaseConversation;
import org.triagem.application.CaseNotFoundException;
import org.triagem.application.CaseQueries;
import org.triagem.application.ConversationMessage;
import org.triagem.domain.model.complaint.ProtocolNumber;

/** Staff answer a case's customer, or leave an internal note on it. */
@Path("/cases/{protocol}/messages")
@Tag(name = "cases")
@RolesAllowed({"agent", "supervisor", "admin"})
public class CaseMessageResource {

    @Inject
    CaseConversation conversation;

    @Inject
    CaseQueries cases;

    @Context
    SecurityContext security;

    @Inject
    Validator validator;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Answer the customer (REPLY) or leave an internal note (NOTE)",
            description = "A REPLY is stored on the case and, when the customer left an email address (any"
                    + " channel), queued in the outbox as a pt-BR mail with [#protocol] in the subject and"
                    + " In-Reply-To/References to the customer's last mail; the customer's answer joins the case."
                    + " A NOTE is never sent.")
    @APIResponse(responseCode = "201", description = "Message stored (and, for a REPLY, queued)",
            content = @Content(schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "400", description = "A field or the protocol number is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No case has this protocol number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A REPLY to a closed, merged or duplicate case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response post(@PathParam("protocol") String protocol, MessageRequest request) {
        ProtocolNumber number = ProtocolNumber.parse(protocol);
        // Staff write only on their departments' cases; another department's case is "not found".
        Actor actor = CurrentActor.of(security);
        cases.byProtocol(actor, number).orElseThrow(() -> new CaseNotFoundException(number));
        MessageRequest message = request == null ? new MessageRequest() : request;
        Set<ConstraintViolation<MessageRequest>> violations = validator.validate(message);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        ConversationMessage stored = message.isReply()
                ? conversation.reply(number, message.text, actor.username(), message.author)
                : conversation.note(number, message.text, actor.username());
        return Response.created(uriInfo.getBaseUriBuilder().path("cases").path(number.value()).build())
                .entity(MessageView.of(stored)).build();
    }
}

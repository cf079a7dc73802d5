package org.triagem.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.IntakeReceipt;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.interfaces.channel.ChannelGateway;
import org.triagem.interfaces.channel.WebFormSubmission;

/**
 * The public web form channel: checks the submission (400 naming each field, 413) and hands it to
 * the channel gateway, whose route translates and registers it.
 */
@Path("/intake/webform")
@IntakeChannel(Channel.WEB_FORM)
@jakarta.annotation.security.PermitAll
@Tag(name = "intake")
public class WebFormIntakeResource {

    @Inject
    Validator validator;

    @Inject
    ChannelGateway gateway;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Register a complaint sent as JSON",
            description = "Answers 201 with the protocol number and the verification code, or 200 with the same"
                    + " protocol when the same formToken was already registered.")
    @APIResponse(responseCode = "201", description = "Case opened",
            content = @Content(schema = @Schema(implementation = IntakeAnswer.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid (errors names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The description is over 64 KB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Received and quarantined, or intake not running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submitJson(WebFormSubmission form) {
        return submit(form == null ? new WebFormSubmission() : form);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Register a complaint sent by an HTML form (application/x-www-form-urlencoded)")
    @APIResponse(responseCode = "201", description = "Case opened",
            content = @Content(schema = @Schema(implementation = IntakeAnswer.class)))
    public Response submitForm(@BeanParam WebFormSubmission form) {
        return submit(form);
    }

    private Response submit(WebFormSubmission form) {
        if (form.descriptionTooLarge()) {
            throw new ProblemException(Problem.of("payload-too-large", "Description too large", 413,
                    "The description may have at most 64 KB.")
                    .withErrors(List.of(new Problem.FieldError("description", "must be at most 64 KB"))));
        }
        Set<ConstraintViolation<WebFormSubmission>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        IntakeReceipt receipt = gateway.submitWebForm(form);
        URI location = uriInfo.getBaseUriBuilder().path("cases").path(receipt.protocol().value()).build();
        IntakeAnswer answer = new IntakeAnswer(receipt.protocol().value(), receipt.newCase(),
                receipt.verificationCode() == null ? null : receipt.verificationCode().value());
        return (receipt.newCase() ? Response.created(location) : Response.ok().location(location))
                .entity(answer).build();
    }

    /** The answer the form shows the consumer. */
    public record IntakeAnswer(String protocol, boolean newCase,
            @Schema(description = "Six characters that, with the protocol, let the customer follow and answer the"
                    + " case on the status page (X-Verification). Given when the case is opened, and again for the"
                    + " same form sent again (same formToken, same text); null otherwise")
            String verificationCode) {
    }
}

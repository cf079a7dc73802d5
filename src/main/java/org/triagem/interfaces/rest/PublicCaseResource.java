package org.triagem.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.CaseNotFoundException;
import org.triagem.application.CaseQueries;
import org.triagem.application.SurveyService;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseNotAnswerableException;
import org.triagem.domain.model.complaint.CaseStatus;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.interfaces.channel.ChannelGateway;
import org.triagem.interfaces.rest.guard.AccessGuard;

/**
 * The customer's own view of their case (Decreto 11.034/2022: the consumer follows the demand with
 * the protocol number), and their way to answer it. The customer proves it is theirs with the
 * verification code of their receipt, or the email address or CPF they gave, in the
 * {@code X-Verification} header (kept out of URLs and access logs). Every door here counts a wrong
 * verification against the protocol and the address (AccessGuard) and answers no faster than its floor.
 * Staff-only data is not shown ({@link CustomerCaseView}).
 */
@Path("/public/cases")
@Tag(name = "customer")
@PermitAll
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class PublicCaseResource {

    private static final String VERIFICATION = "X-Verification";

    @Inject
    CaseQueries cases;

    @Inject
    AccessGuard guard;

    @Inject
    SurveyService surveys;

    @Inject
    ChannelGateway gateway;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{protocol}")
    @Operation(summary = "Status and history of your case; X-Verification: the verification code of your receipt,"
            + " or the email address or CPF you gave. A wrong verification answers 404, exactly like an unknown"
            + " protocol; after 5 misses for a protocol (30 from one address) 429 with Retry-After, even for the"
            + " right verification")
    @Parameter(name = VERIFICATION, in = ParameterIn.HEADER, required = true,
            description = "The 6-character verification code (any letter case, dashes and spaces ignored), or the"
                    + " email address or CPF given with the complaint")
    @APIResponse(responseCode = "200", description = "The case as the customer sees it",
            content = @Content(schema = @Schema(implementation = CustomerCaseView.class)))
    public Response status(@PathParam("protocol") String protocol, @HeaderParam(VERIFICATION) String verification) {
        return asTheCustomer(protocol, verification, (number, found) -> Response.ok(view(found)));
    }

    @POST
    @Path("{protocol}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer your case: a message, a document, or both (X-Verification as for the status)",
            description = "The message joins the case as a reply by mail does: a case waiting on the customer goes"
                    + " back to work, a resolved one reopens within the reopen window. The document follows the"
                    + " mail channel's rules (accepted types, at most 5 MB); a message that cannot be registered"
                    + " is quarantined whole. The same replyToken twice adds the message once. Verification is"
                    + " checked and rate-limited as for the status.")
    @Parameter(name = VERIFICATION, in = ParameterIn.HEADER, required = true,
            description = "The verification code, or the email address or CPF given with the complaint")
    @APIResponse(responseCode = "201", description = "Added; the case as the customer now sees it",
            content = @Content(schema = @Schema(implementation = CustomerCaseView.class)))
    @APIResponse(responseCode = "400", description = "No text and no document, or a field is invalid (errors names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown protocol or wrong verification, alike",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The case is closed or merged and takes no more messages"
            + " (`case-closed`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The document is over 5 MB (`attachment-too-large`), the text"
            + " over 64 KB, or the body over 8 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The document's type is not accepted"
            + " (`attachment-type-not-allowed`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many wrong verifications; Retry-After says when to try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Received and quarantined, or intake not running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response answer(@PathParam("protocol") String protocol, @HeaderParam(VERIFICATION) String verification,
            CustomerMessageRequest message) {
        return asTheCustomer(protocol, verification, (number, found) -> {
            if (!CustomerCaseView.acceptsMessages(found)) {
                throw new CaseNotAnswerableException(number, found.status());
            }
            CustomerMessageRequest given = message == null
                    ? new CustomerMessageRequest(null, null, null, null, null) : message;
            gateway.submitCustomerReply(given.checked(number));
            // Read again: the message, and the status it moved the case to, as the customer sees them now.
            Case now = cases.forCustomer(number, verification).orElseThrow(() -> new CaseNotFoundException(number));
            return Response.status(Response.Status.CREATED).entity(view(now));
        });
    }

    /**
     * Runs {@code then} on the case once the verification holds; a miss counts against the protocol and
     * the address and answers 404, like an unknown protocol. Hit or miss, the answer takes the same time.
     */
    private Response asTheCustomer(String protocol, String verification,
            BiFunction<ProtocolNumber, Case, Response.ResponseBuilder> then) {
        long start = System.nanoTime();
        ProtocolNumber number = ProtocolNumber.parse(protocol);
        String address = request.getRemoteAddr();
        guard.caseLookup().admit(number.value(), address);
        try {
            Optional<Case> found = cases.forCustomer(number, verification);
            if (found.isEmpty()) {
                guard.caseLookup().failed(number.value(), address);
                throw new CaseNotFoundException(number);
            }
            guard.caseLookup().succeeded(number.value());
            // An answer for one verification is not one for another (no-store comes with every API answer).
            return then.apply(number, found.get()).header(HttpHeaders.VARY, VERIFICATION).build();
        } finally {
            guard.padFrom(start);
        }
    }

    /** The case as the customer sees it now, with the survey of a resolved case while it can be answered. */
    private CustomerCaseView view(Case c) {
        String survey = c.status() == CaseStatus.RESOLVED || c.status() == CaseStatus.CLOSED
                ? surveys.openSurveyOf(c.protocol()).orElse(null) : null;
        return CustomerCaseView.of(c, survey);
    }
}

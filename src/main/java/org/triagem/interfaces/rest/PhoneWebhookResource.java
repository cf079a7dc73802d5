package org.triagem.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.CallAnswer;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.infrastructure.webhook.WebhookSignatures;
import org.triagem.interfaces.channel.ChannelGateway;
import org.triagem.interfaces.channel.WebhookDelivery;

/**
 * The SAC phone system's webhook (docs/phone-integration.md). The signature is checked over the raw
 * bytes before anything is parsed; only then are the bytes handed to the channel gateway, whose route
 * (routes/phone-webhook.camel.yaml) reads them into a call event and applies it.
 */
@Path("/intake/phone/calls")
@IntakeChannel(Channel.PHONE)
@Tag(name = "phone")
public class PhoneWebhookResource {

    static final String SECRETS = "triagem.phone.webhook-secrets";
    /** A call event is a few hundred bytes; notes are capped at 4000 characters. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    @Inject
    Config config;

    @Inject
    Clock clock;

    @Inject
    ChannelGateway gateway;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Receive a call event from the SAC phone system (signed webhook)",
            description = "Standard Webhooks signature: HMAC-SHA256 over `webhook-id.webhook-timestamp.body` with"
                    + " an active secret, base64, in `webhook-signature` as `v1,<signature>` (several may be given,"
                    + " space-separated). The timestamp must be within 5 minutes of the server's clock. Idempotent"
                    + " on webhook-id: a retry gets the same answer (and `Idempotent-Replayed: true`) and changes"
                    + " nothing. `call.started` answers 201 with the protocol number and the verification code to read to"
                    + " the caller.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CallEventDocument.class)))
    @Parameter(name = "webhook-id", in = ParameterIn.HEADER, required = true,
            description = "The event id: unique per event, the same on every retry")
    @Parameter(name = "webhook-timestamp", in = ParameterIn.HEADER, required = true,
            description = "Seconds since the epoch when this delivery was signed")
    @Parameter(name = "webhook-signature", in = ParameterIn.HEADER, required = true,
            description = "`v1,<base64 HMAC-SHA256>`, space-separated if several")
    @APIResponse(responseCode = "201", description = "The call's case was opened by this event",
            content = @Content(schema = @Schema(implementation = CallReceipt.class)))
    @APIResponse(responseCode = "200", description = "Applied to the call's case, or joined the caller's open case"
            + " (a repeat call), or a retry of an event already applied",
            content = @Content(schema = @Schema(implementation = CallReceipt.class)))
    @APIResponse(responseCode = "400", description = "Not a call event of the contract (errors names each field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing, stale or forged signature, unknown secret, or an"
            + " event id reused for other content; nothing was changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over 64 KB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Received and quarantined, or intake not running: retry later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(@HeaderParam("webhook-id") String id, @HeaderParam("webhook-timestamp") String timestamp,
            @HeaderParam("webhook-signature") String signature, InputStream body) throws IOException {
        byte[] bytes = readAtMost(body);
        WebhookSignatures.withSecrets(config.getOptionalValue(SECRETS, String.class).orElse(null))
                .verify(id, timestamp, signature, bytes, clock.instant());
        CallAnswer answer = gateway.submitCall(new WebhookDelivery(id, bytes));
        URI location = uriInfo.getBaseUriBuilder().path("cases").path(answer.protocol().value()).build();
        CallReceipt receipt = new CallReceipt(answer.eventId(), answer.callId(), answer.protocol().value(),
                answer.newCase(), answer.verificationCode() == null ? null : answer.verificationCode().value());
        Response.ResponseBuilder reply = answer.newCase() ? Response.created(location) : Response.ok().location(location);
        if (answer.alreadyApplied()) {
            reply.header("Idempotent-Replayed", "true");
        }
        return reply.entity(receipt).build();
    }

    private static byte[] readAtMost(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ProblemException(Problem.of("payload-too-large", "Request too large", 413,
                    "A call event may have at most 64 KB."));
        }
        return bytes;
    }

    /** The answer to the phone system: the protocol number and the verification code to read out to the caller. */
    public record CallReceipt(String eventId, String callId, String protocol, boolean newCase,
            @Schema(description = "Six characters (digits 2-9 and letters without I, L, O) for the IVR to read out"
                    + " with the protocol: with both, the caller follows and answers the case on the status page."
                    + " Only in the answer of the event that opened the case (and its retries); null otherwise")
            String verificationCode) {
    }

    /** The shape of a call event, for the OpenAPI document (the reader checks it field by field). */
    @Schema(name = "CallEvent", description = "A call event; see docs/phone-integration.md for each type's fields")
    public record CallEventDocument(
            @Schema(description = "Optional; when given it must equal webhook-id") String id,
            @Schema(required = true, enumeration = {"call.started", "call.updated", "call.ended", "call.dropped",
                    "callback.requested", "survey.answered"}) String type,
            @Schema(description = "ISO-8601 with offset, when it happened") String timestamp,
            @Schema(required = true) CallData data) {
    }

    /** The call's fields; all but callId optional. */
    public record CallData(
            @Schema(required = true, description = "The platform's call id; every event of a call carries it")
            String callId,
            @Schema(description = "Caller's number (ANI) in any usual Brazilian form; stored in E.164;"
                    + " 'anonymous' when withheld") String caller,
            @Schema(description = "The number dialled") String dialled,
            @Schema(description = "IVR (URA) menu steps in order") java.util.List<String> ivrPath,
            @Schema(description = "The IVR option chosen, a fact for the rules") String ivrChoice,
            @Schema(description = "Attendant notes") String notes,
            @Schema(description = "Category chosen by the attendant") String category,
            @Schema(description = "Customer's CPF, when identified") String cpf,
            @Schema(description = "Customer's name") String name,
            @Schema(description = "Call duration, seconds") Integer durationSeconds,
            @Schema(description = "Attendant's id") String attendant,
            @Schema(enumeration = {"resolved_first_contact", "follow_up", "transferred"}) String disposition,
            @Schema(description = "Reference of the call recording") String recordingRef,
            @Schema(description = "survey.answered: CSAT, 1 to 5") Integer csat,
            @Schema(description = "survey.answered: NPS, 0 to 10") Integer nps,
            @Schema(description = "survey.answered: CES, 1 to 7") Integer ces) {
    }
}

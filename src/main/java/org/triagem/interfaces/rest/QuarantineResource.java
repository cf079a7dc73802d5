package org.triagem.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.IntakeReceipt;
import org.triagem.application.QuarantineService;
import org.triagem.domain.model.quarantine.QuarantinedContact;
import org.triagem.interfaces.channel.ContactReplayer;

/** Contacts that could not be registered: list them, and replay one once the cause is fixed. */
@Path("/quarantine")
@jakarta.annotation.security.RolesAllowed("admin")
@Tag(name = "quarantine")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class QuarantineResource {

    @Inject
    QuarantineService quarantine;

    @Inject
    ContactReplayer replayer;

    @GET
    @Operation(summary = "Quarantined contacts, newest first, with the reason (payloads are not listed)")
    public List<Item> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        return quarantine.recent(Math.max(1, Math.min(limit, 500))).stream().map(Item::of).toList();
    }

    @POST
    @Path("{id}/replay")
    @Operation(summary = "Register a quarantined contact again; answers with the case it opened or joined")
    public Replayed replay(@PathParam("id") long id) {
        QuarantinedContact held = quarantine.find(id).orElseThrow(() -> new ProblemException(
                Problem.of("quarantine-not-found", "Quarantined contact not found", 404, "No quarantined contact " + id)));
        try {
            IntakeReceipt receipt = replayer.replay(held);
            return new Replayed(id, receipt.protocol().value(), receipt.newCase());
        } catch (Exception e) {
            throw new ProblemException(Problem.of("replay-failed", "The contact still cannot be registered", 422,
                    org.triagem.interfaces.channel.QuarantineReason.of(e)));
        }
    }

    /** A quarantined contact as listed. */
    public record Item(long id, String channel, String reason, OffsetDateTime receivedAt, OffsetDateTime replayedAt,
            String replayedCase, int payloadLength) {
        static Item of(QuarantinedContact q) {
            return new Item(q.id(), q.channel().name(), q.reason(), q.receivedAt(), q.replayedAt(), q.replayedCase(),
                    q.payload().length());
        }
    }

    /** The outcome of a replay. */
    public record Replayed(long quarantineId, String protocol, boolean newCase) {
    }
}

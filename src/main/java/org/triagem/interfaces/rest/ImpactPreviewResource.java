package org.triagem.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.ImpactJob;
import org.triagem.application.ImpactPreviewService;
import org.triagem.domain.model.impact.ImpactPreview;
import org.triagem.domain.model.impact.ImpactPreviewNotFoundException;

/**
 * The impact preview of a proposed version: start one, follow it (a JSON snapshot or a stream of
 * server-sent events), and read the latest finished one, which the activation step shows.
 */
@Path("/rulesets/{version}/impact")
@RolesAllowed({"analyst", "admin"})
@Tag(name = "rules")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ImpactPreviewResource {

    @Inject
    ImpactPreviewService previews;

    @Context
    UriInfo uriInfo;

    @Context
    SecurityContext security;

    @POST
    @Operation(summary = "Start an impact preview: replay the last days' cases through this version",
            description = "Replays the cases opened in the last `days` days, as they were taken in (channel,"
                    + " subject, description, category picked, IVR option, whether the customer identified"
                    + " themselves), through the active version and through this one, and compares: how many"
                    + " would change department, priority, SLA targets or category, a department matrix and up to"
                    + " 20 example cases per change. No case, event or counter is created or changed. Answers 202"
                    + " at once with the job; follow it at the Location (JSON) or at Location + `/events` (SSE).")
    @APIResponse(responseCode = "202", description = "Started",
            content = @Content(schema = @Schema(implementation = ImpactJob.class)))
    @APIResponse(responseCode = "400", description = "`days` is not 1 to 365",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The version does not compile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(@PathParam("version") String version,
            @Parameter(description = "how many days back, 1 to 365") @QueryParam("days") @DefaultValue("30") int days) {
        String user = security.getUserPrincipal() == null ? "unknown" : security.getUserPrincipal().getName();
        ImpactJob job = previews.start(VersionNumbers.parse(version), days, user);
        return Response.accepted(job)
                .location(uriInfo.getAbsolutePathBuilder().path("jobs").path(job.id()).build()).build();
    }

    @GET
    @Operation(summary = "The latest finished impact preview of this version, whichever node ran it")
    @APIResponse(responseCode = "200", description = "The preview",
            content = @Content(schema = @Schema(implementation = ImpactPreview.class)))
    @APIResponse(responseCode = "404", description = "No preview of this version was run",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImpactPreview latest(@PathParam("version") String version) {
        long number = VersionNumbers.parse(version);
        return previews.latestFor(number).orElseThrow(() -> ImpactPreviewNotFoundException.ofVersion(number));
    }

    @GET
    @Path("jobs/{job}")
    @Operation(summary = "Where a preview stands: cases replayed of the total, and the summary once done",
            description = "Jobs live on the node that runs them; the finished summary is stored for every node.")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(schema = @Schema(implementation = ImpactJob.class)))
    @APIResponse(responseCode = "404", description = "No such job on this node",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImpactJob job(@PathParam("version") String version, @PathParam("job") String job) {
        return previews.job(job);
    }

    @GET
    @Path("jobs/{job}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The preview's progress as server-sent events",
            description = "A `progress` event (the job as JSON) at once and after every batch of cases, then one"
                    + " `done` or `failed` event with the finished job, and the stream ends.")
    @APIResponse(responseCode = "200", description = "The event stream")
    @APIResponse(responseCode = "404", description = "No such job on this node",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void events(@PathParam("version") String version, @PathParam("job") String job,
            @Context SseEventSink sink, @Context Sse sse) {
        previews.job(job);
        previews.follow(job, now -> {
            if (sink.isClosed()) {
                return false;
            }
            OutboundSseEvent event = sse.newEventBuilder().name(eventName(now))
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(ImpactJob.class, now).build();
            if (now.finished()) {
                sink.send(event).whenComplete((sent, failure) -> sink.close());
                return false;
            }
            sink.send(event);
            return true;
        });
    }

    private static String eventName(ImpactJob job) {
        return switch (job.state()) {
            case RUNNING -> "progress";
            case DONE -> "done";
            case FAILED -> "failed";
        };
    }
}

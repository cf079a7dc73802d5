package org.triagem.interfaces.rest;

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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.RuleSetService;
import org.triagem.domain.model.ruleset.BadRuleSetArchiveException;
import org.triagem.domain.model.ruleset.RuleSetVersion;

/** The analysts' rule-set versions: propose, inspect, activate, roll back, reload from disk. */
@Path("/rulesets")
@jakarta.annotation.security.RolesAllowed({"analyst", "admin"})
@Tag(name = "rules")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class RuleSetResource {

    static final String ZIP = "application/zip";
    /** Single files are small; a whole tree may be up to 50 MB, so no upload of parts needs more. */
    private static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    @Inject
    RuleSetService rulesets;

    @Context
    UriInfo uriInfo;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Every rule-set version, newest first, with which one is active")
    public List<RuleSetVersionView> list() {
        Optional<Long> active = rulesets.activeNumber();
        return rulesets.versions().stream()
                .map(v -> RuleSetVersionView.summary(v, active.equals(Optional.of(v.number())))).toList();
    }

    @GET
    @Path("{version}")
    @Operation(summary = "One version with its compile problems and scenario failures")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(schema = @Schema(implementation = RuleSetVersionView.class)))
    @APIResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RuleSetVersionView one(@PathParam("version") String version) {
        return detail(rulesets.version(VersionNumbers.parse(version)));
    }

    @POST
    @Consumes(ZIP)
    @Operation(summary = "Propose a new version: a zip of the whole rules tree",
            description = "The body is a zip of the rules tree: the decision folders (classification/, ownership/,"
                    + " priority/, sla/, escalation/) and optionally scenarios/*.csv, at the zip's root or under one"
                    + " top folder such as rules/. Other files are ignored. A zip without scenarios is tested"
                    + " against the server's rules/scenarios. The version is compiled and its scenarios run; it is"
                    + " stored either way and answered with 201: check `valid` (it compiles; otherwise `problems`"
                    + " lists file and line) and `green` (valid and every scenario passes; otherwise"
                    + " `scenarioFailures`). Only a green version activates without an override reason.")
    @RequestBody(content = @Content(mediaType = ZIP, schema = @Schema(type = org.eclipse.microprofile.openapi
            .annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Stored, validated and tested",
            content = @Content(schema = @Schema(implementation = RuleSetVersionView.class)))
    @APIResponse(responseCode = "400", description = "Not a zip, no rule file in it, or an unsafe path",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response propose(byte[] zip,
            @Parameter(description = "who proposes it") @QueryParam("author") String author,
            @Parameter(description = "what changed and why") @QueryParam("comment") String comment) {
        RuleSetVersion proposed = rulesets.propose(zip, signedIn(author), comment);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(proposed.number())).build())
                .entity(RuleSetVersionView.detail(proposed, false)).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Propose a new version by replacing single files of an earlier one",
            description = "multipart/form-data, one part per file. A part's file name (or, when it has none, its"
                    + " field name) names the file: a bare name such as `ownership.drl.csv` replaces the one file of"
                    + " that name in the base version; a name with a folder such as `ownership/vip.drl` replaces or"
                    + " adds exactly that path. The base is the active version unless `base` says otherwise. The new"
                    + " version is compiled and tested like a whole tree and answered the same way.")
    @APIResponse(responseCode = "201", description = "Stored, validated and tested",
            content = @Content(schema = @Schema(implementation = RuleSetVersionView.class)))
    @APIResponse(responseCode = "400", description = "No file, a name that matches no file or several, or a file"
            + " that is neither a rule nor a scenario file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such base version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response proposeChanges(List<EntityPart> parts,
            @Parameter(description = "the version to start from; the active one when absent") @QueryParam("base")
            String base,
            @Parameter(description = "who proposes it") @QueryParam("author") String author,
            @Parameter(description = "what changed and why") @QueryParam("comment") String comment) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long budget = MAX_UPLOAD_BYTES;
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            String name = part.getName().contains("/") ? part.getName() : part.getFileName().orElse(part.getName());
            byte[] content = readCapped(part, budget);
            budget -= content.length;
            files.put(name, content);
        }
        Optional<Long> baseNumber = base == null || base.isBlank() ? Optional.empty()
                : Optional.of(VersionNumbers.parse(base));
        RuleSetVersion proposed = rulesets.proposeChanges(files, baseNumber, signedIn(author), comment);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(proposed.number())).build())
                .entity(RuleSetVersionView.detail(proposed, false)).build();
    }

    /** Reads one part, refusing the upload once all parts together pass the limit of a whole tree. */
    private static byte[] readCapped(EntityPart part, long budget) {
        try (InputStream in = part.getContent()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, budget + 1));
            if (content.length > budget) {
                throw new BadRuleSetArchiveException("the files together are larger than "
                        + MAX_UPLOAD_BYTES / (1024 * 1024) + " MB");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @POST
    @Path("{version}/activate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a version active on every node; activating an older version is the rollback",
            description = "This node switches at once, the others within a few seconds; complaints being decided"
                    + " finish on the version they started with. A version that fails scenarios needs"
                    + " `overrideReason`, which is recorded with `actor`. The body is optional.")
    @APIResponse(responseCode = "200", description = "Active",
            content = @Content(schema = @Schema(implementation = RuleSetVersionView.class)))
    @APIResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "It does not compile, or fails scenarios and no reason was given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RuleSetVersionView activate(@PathParam("version") String version, ActivationRequest request) {
        ActivationRequest body = request == null ? new ActivationRequest(null, null) : request;
        return RuleSetVersionView.detail(
                rulesets.activate(VersionNumbers.parse(version), signedIn(body.actor()), body.overrideReason()), true);
    }

    @POST
    @Path("reload-from-disk")
    @Operation(summary = "Development: propose the server's rules directory, and activate it if green",
            description = "200 with the active version when the directory's checksum equals it; 201 with a new"
                    + " version otherwise (active when green, else stored with its problems and failures).")
    @APIResponse(responseCode = "200", description = "Unchanged",
            content = @Content(schema = @Schema(implementation = RuleSetVersionView.class)))
    @APIResponse(responseCode = "201", description = "A new version was proposed",
            content = @Content(schema = @Schema(implementation = RuleSetVersionView.class)))
    public Response reloadFromDisk(@QueryParam("actor") @DefaultValue("developer") String actor) {
        RuleSetService.DiskReload reload = rulesets.reloadFromDisk(signedIn(actor));
        if (reload.version().isEmpty()) {
            return Response.ok(one(String.valueOf(rulesets.activeNumber().orElseThrow()))).build();
        }
        RuleSetVersion proposed = reload.version().get();
        return Response.created(uriInfo.getBaseUriBuilder().path("rulesets").path(String.valueOf(proposed.number()))
                .build()).entity(RuleSetVersionView.detail(proposed, reload.activated())).build();
    }

    private RuleSetVersionView detail(RuleSetVersion v) {
        return RuleSetVersionView.detail(v, rulesets.activeNumber().equals(Optional.of(v.number())));
    }

    /**
     * Who a version or an activation is recorded for: the signed-in user, so the audit trail cannot be
     * written in someone else's name. A name given in the request is kept beside it as a display name.
     */
    private String signedIn(String given) {
        String user = security == null || security.getUserPrincipal() == null ? null
                : security.getUserPrincipal().getName();
        if (user == null) {
            return given;
        }
        return given == null || given.isBlank() || given.strip().equals(user) ? user : given.strip() + " (" + user + ")";
    }
}

package org.triagem.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.triagem.domain.model.ruleset.ScenarioRemoval;

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

    @Context
    HttpHeaders headers;

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
                    + " with the server's scenarios (those of the active version) as well as its own: a server"
                    + " scenario the zip leaves out is put back, unless `removedScenarios` names it and"
                    + " `removalReason` says why (both recorded on the version). The version is compiled and its"
                    + " scenarios run; it is stored either way and answered with 201: check `valid` (it compiles;"
                    + " otherwise `problems` lists file and line) and `green` (valid and every scenario passes;"
                    + " otherwise `scenarioFailures`). Only a green version activates without an override reason."
                    + " A zip whose files equal a stored version's makes no version: 200 with that version,"
                    + " `identical` true and a `message`. The signed-in user is recorded as the author.")
    @RequestBody(content = @Content(mediaType = ZIP, schema = @Schema(type = org.eclipse.microprofile.openapi
            .annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Stored, validated and tested",
            content = @Content(schema = @Schema(implementation = RuleSetVersionView.class)))
    @APIResponse(responseCode = "200", description = "Identical to a stored version: no version was made",
            content = @Content(schema = @Schema(implementation = RuleSetVersionView.class)))
    @APIResponse(responseCode = "400", description = "Not a zip, no rule file in it, or an unsafe path; or it"
            + " drops a server scenario without naming it, names one the server does not have, or gives no reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response propose(byte[] zip,
            @Parameter(description = "what changed and why") @QueryParam("comment") String comment,
            @Parameter(description = "names of the server's scenarios to drop (the `name` column); repeatable")
            @QueryParam("removedScenarios") List<String> removedScenarios,
            @Parameter(description = "why those scenarios no longer hold; required with removedScenarios")
            @QueryParam("removalReason") String removalReason) {
        return proposed(rulesets.submit(zip, signedIn(), comment, new ScenarioRemoval(removedScenarios,
                removalReason)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Propose a new version by replacing single files of an earlier one",
            description = "multipart/form-data, one part per file. A part's file name (or, when it has none, its"
                    + " field name) names the file: a bare name such as `ownership.drl.csv` replaces the one file of"
                    + " that name in the base version; a name with a folder such as `ownership/vip.drl` replaces or"
                    + " adds exactly that path. The base is the active version unless `base` says otherwise. The new"
                    + " version is compiled and tested like a whole tree, with the server's scenarios, and answered"
                    + " the same way (200 and `identical` when it equals a stored version).")
    @APIResponse(responseCode = "201", description = "Stored, validated and tested",
            content = @Content(schema = @Schema(implementation = RuleSetVersionView.class)))
    @APIResponse(responseCode = "200", description = "Identical to a stored version: no version was made",
            content = @Content(schema = @Schema(implementation = RuleSetVersionView.class)))
    @APIResponse(responseCode = "400", description = "No file, a name that matches no file or several, or a file"
            + " that is neither a rule nor a scenario file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such base version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response proposeChanges(List<EntityPart> parts,
            @Parameter(description = "the version to start from; the active one when absent") @QueryParam("base")
            String base,
            @Parameter(description = "what changed and why") @QueryParam("comment") String comment,
            @Parameter(description = "names of the server's scenarios to drop (the `name` column); repeatable")
            @QueryParam("removedScenarios") List<String> removedScenarios,
            @Parameter(description = "why those scenarios no longer hold; required with removedScenarios")
            @QueryParam("removalReason") String removalReason) {
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
        return proposed(rulesets.submitChanges(files, baseNumber, signedIn(), comment,
                new ScenarioRemoval(removedScenarios, removalReason)));
    }

    /** 201 with a new version; 200 with the stored one, saying so, when the files were already a version. */
    private Response proposed(RuleSetService.Proposal proposal) {
        RuleSetVersion version = proposal.version();
        if (proposal.identical()) {
            return Response.ok(identical(version)).build();
        }
        return Response.created(uriInfo.getBaseUriBuilder().path("rulesets").path(String.valueOf(version.number()))
                .build()).entity(RuleSetVersionView.detail(version, false)).build();
    }

    private RuleSetVersionView identical(RuleSetVersion version) {
        ProblemTexts texts = ProblemTexts.forLanguages(headers == null ? List.of() : headers.getAcceptableLanguages());
        String sentence = texts.detail("ruleset-identical", new Problem.Said("detail", List.of("v" + version.number())));
        return detail(version).identicalProposal(sentence);
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
                    + " `overrideReason`, which is recorded with the signed-in user; where the server asks for a"
                    + " second approval (`triagem.rules.second-approval`), it also needs another analyst's"
                    + " `POST /rulesets/{version}/approve` first. The body is optional; an `actor` in it is ignored.")
    @APIResponse(responseCode = "200", description = "Active",
            content = @Content(schema = @Schema(implementation = RuleSetVersionView.class)))
    @APIResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "It does not compile, or fails scenarios and no reason was"
            + " given, or a required second approval is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RuleSetVersionView activate(@PathParam("version") String version, ActivationRequest request) {
        ActivationRequest body = request == null ? new ActivationRequest(null, null) : request;
        return RuleSetVersionView.detail(
                rulesets.activate(VersionNumbers.parse(version), signedIn(), body.overrideReason()), true);
    }

    @POST
    @Path("{version}/approve")
    @Operation(summary = "A second analyst approves activating a version that fails scenarios",
            description = "Recorded with the signed-in user and the time (`approval`). The analyst who proposed"
                    + " the version cannot approve it. Needed before activating a red version only where the"
                    + " server asks for it (`triagem.rules.second-approval`, off by default).")
    @APIResponse(responseCode = "200", description = "Approved",
            content = @Content(schema = @Schema(implementation = RuleSetVersionView.class)))
    @APIResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The approver proposed it, or it needs no approval (green,"
            + " or it does not compile)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RuleSetVersionView approve(@PathParam("version") String version) {
        return detail(rulesets.approve(VersionNumbers.parse(version), signedIn()));
    }

    @POST
    @Path("reload-from-disk")
    @Operation(summary = "Development: propose the server's rules directory, and activate it if green",
            description = "200 with the active version when the directory's files equal it; 200 with `identical`"
                    + " and a `message` when they equal another stored version; 201 with a new version otherwise"
                    + " (active when green, else stored with its problems and failures).")
    @APIResponse(responseCode = "200", description = "Unchanged",
            content = @Content(schema = @Schema(implementation = RuleSetVersionView.class)))
    @APIResponse(responseCode = "201", description = "A new version was proposed",
            content = @Content(schema = @Schema(implementation = RuleSetVersionView.class)))
    public Response reloadFromDisk() {
        RuleSetService.DiskReload reload = rulesets.reloadFromDisk(signedIn());
        if (reload.version().isEmpty()) {
            return Response.ok(one(String.valueOf(rulesets.activeNumber().orElseThrow()))).build();
        }
        if (reload.identical()) {
            return Response.ok(identical(reload.version().get())).build();
        }
        RuleSetVersion proposed = reload.version().get();
        return Response.created(uriInfo.getBaseUriBuilder().path("rulesets").path(String.valueOf(proposed.number()))
                .build()).entity(RuleSetVersionView.detail(proposed, reload.activated())).build();
    }

    private RuleSetVersionView detail(RuleSetVersion v) {
        return RuleSetVersionView.detail(v, rulesets.activeNumber().equals(Optional.of(v.number())));
    }

    /**
     * Who a proposal, an approval or an activation is recorded for: the signed-in user and nobody else, so
     * the audit trail cannot be written in someone else's name, and a second approval is really a second
     * person's. A name sent in the request (older clients send {@code author} or {@code actor}) is ignored.
     */
    private String signedIn() {
        return security == null || security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
    }
}

package org.triagem.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.RuleSetContents;
import org.triagem.domain.model.ruleset.content.RuleFileContent;
import org.triagem.domain.model.ruleset.content.RuleFileKind;
import org.triagem.domain.model.ruleset.content.VersionDiff;

/**
 * A version's files for the analysts to read: listed, one at a time as a table model or text, downloaded
 * byte for byte (one file, or the whole version as a zip), and two versions compared. Editing is not
 * here: the page proposes an edited file through {@code POST /api/rulesets} like any upload.
 */
// The same root path as RuleSetResource: a root class at "/rulesets/{version}" would be chosen for
// every /rulesets/N request by its longer literal prefix and hide that class's GET /rulesets/N.
@Path("/rulesets")
@RolesAllowed({"analyst", "admin"})
@Tag(name = "rules")
public class RuleSetFilesResource {

    @Inject
    RuleSetContents contents;

    @GET
    @Path("{version}/files")
    @Produces({MediaType.APPLICATION_JSON, RuleSetResource.ZIP, Problem.MEDIA_TYPE})
    @Operation(summary = "The files of a version, or the whole version as a zip",
            description = "JSON: each rule and scenario file with its kind (DECISION_TABLE, DRL, SCENARIOS), size,"
                    + " media type and whether the page can edit it in place (CSV tables only). With `?download` or"
                    + " `Accept: application/zip`: the version's files as stored, a zip of the rules tree.")
    @APIResponse(responseCode = "200", description = "The files, or the zip",
            content = @Content(schema = @Schema(implementation = RuleFileView[].class)))
    @APIResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response files(@PathParam("version") String version, @Parameter(description = "present: answer the zip") @QueryParam("download") String download,
            @Context HttpHeaders headers) {
        long number = VersionNumbers.parse(version);
        if (download != null || wants(headers, RuleSetResource.ZIP)) {
            return attachment(contents.zip(number), RuleSetResource.ZIP, "regras-v" + number + ".zip");
        }
        List<RuleFileView> files = contents.files(number).entrySet().stream()
                .map(f -> RuleFileView.summary(f.getKey(), f.getValue())).toList();
        return Response.ok(files, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{version}/files/{path: .+}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "text/plain",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel",
            Problem.MEDIA_TYPE})
    @Operation(summary = "One file of a version: as a table model or text, or its original bytes",
            description = "JSON: a decision table or scenario file as `table` (sheets; rows numbered as the"
                    + " spreadsheet numbers them, each with its role: RULE_SET, SETTING, RULE_TABLE, COLUMN_KINDS,"
                    + " PATTERNS, TEMPLATES, TITLES (the analyst's column headers), RULE, BLANK; and each column's"
                    + " role: CONDITION, ACTION, NAME...), a DRL file as `text`. With `?download`, or an Accept of"
                    + " the file's own type (text/csv, the XLSX type): the original bytes, as an attachment.")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(schema = @Schema(implementation = RuleFileView.class)))
    @APIResponse(responseCode = "404", description = "No such version, or no such file in it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response file(@PathParam("version") String version, @PathParam("path") String path,
            @Parameter(description = "present: answer the original bytes") @QueryParam("download") String download,
            @Context HttpHeaders headers) {
        RuleFileContent file = contents.file(VersionNumbers.parse(version), path);
        String type = RuleFileKind.mediaType(path);
        if (download != null || wants(headers, type.split(";")[0])) {
            return attachment(file.bytes(), type, path.substring(path.lastIndexOf('/') + 1));
        }
        return Response.ok(RuleFileView.detail(file), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{version}/diff/{other}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "What changed from this version to another",
            description = "File by file (ADDED, REMOVED, CHANGED, UNCHANGED). A changed table lists, sheet by"
                    + " sheet, the rows added, removed or changed, with the columns whose cells changed"
                    + " (`changedColumns`, 0 is column A) and the newer version's column titles; a changed text"
                    + " file lists every line, kept, removed or added, with its numbers in both versions.")
    @APIResponse(responseCode = "200", description = "The differences",
            content = @Content(schema = @Schema(implementation = VersionDiff.class)))
    @APIResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VersionDiff diff(@PathParam("version") String version, @PathParam("other") String other) {
        return contents.diff(VersionNumbers.parse(version), VersionNumbers.parse(other));
    }

    /** Whether the client asked for this type by name, rather than accepting anything. */
    private static boolean wants(HttpHeaders headers, String type) {
        return headers != null && headers.getAcceptableMediaTypes().stream()
                .anyMatch(m -> !m.isWildcardType() && !m.isWildcardSubtype()
                        && (m.getType() + "/" + m.getSubtype()).equalsIgnoreCase(type));
    }

    private static Response attachment(byte[] bytes, String type, String fileName) {
        return Response.ok(bytes, type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replace("\"", "") + "\"")
                .build();
    }
}

package org.triagem.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.subject.SubjectDossier;
import org.triagem.application.subject.SubjectExportService;

/**
 * The DPO's search and export of a data subject's data (LGPD Art. 18 II and V). The identifier travels in
 * the body of a POST, never in a URL, so it stays out of access logs; every search and export is audited
 * with the subject hashed and masked.
 */
@Path("/subjects")
@Tag(name = "privacy")
@RolesAllowed({"dpo", "admin"})
public class SubjectResource {

    private static final String PDF = "application/pdf";

    @Inject
    SubjectExportService exports;

    @Context
    SecurityContext security;

    /** The subject: a CPF, an e-mail address or a phone number, normalised as intake does. */
    public record SubjectQuery(@Schema(required = true, description = "CPF, e-mail address or phone number")
            String key) {
        String value() {
            return key;
        }
    }

    /** One audit line: who did what with whose data (masked), when. */
    public record AuditLine(OffsetDateTime at, String actor, String action, String subject, String detail) {
    }

    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "How much is held about a data subject: cases, messages, survey answers, quarantined"
            + " contacts (audited)")
    @APIResponse(responseCode = "200", description = "The counts, with the subject masked",
            content = @Content(schema = @Schema(implementation = SubjectDossier.class)))
    @APIResponse(responseCode = "400", description = "Not a CPF, an e-mail address or a phone number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubjectDossier search(SubjectQuery query) {
        return exports.search(CurrentActor.of(security), query == null ? null : query.value());
    }

    @POST
    @Path("export")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, PDF, Problem.MEDIA_TYPE})
    @Operation(summary = "Everything held about a data subject, as JSON or (Accept: application/pdf) PDF (audited)",
            description = "Portability (Art. 18 V): the JSON is the machine-readable form. Matching is exact on the"
                    + " normalised identifier: a shared surname or phone prefix finds nobody else.")
    @APIResponse(responseCode = "200", description = "The dossier", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectDossier.class)),
        @Content(mediaType = PDF)})
    @APIResponse(responseCode = "400", description = "Not a CPF, an e-mail address or a phone number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(SubjectQuery query, @jakarta.ws.rs.HeaderParam("Accept") String accept) {
        String key = query == null ? null : query.value();
        if (accept != null && accept.contains(PDF)) {
            return Response.ok(exports.exportPdf(CurrentActor.of(security), key), PDF)
                    .header("Content-Disposition", "attachment; filename=\"titular.pdf\"").build();
        }
        return Response.ok(exports.exportJson(CurrentActor.of(security), key), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"titular.json\"").build();
    }

    @GET
    @Path("audit")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "The audit list: searches, exports, deliveries and corrections, newest first")
    @APIResponse(responseCode = "200", description = "Newest first; subjects masked",
            content = @Content(schema = @Schema(implementation = AuditLine.class)))
    public List<AuditLine> audit(@QueryParam("limit") @DefaultValue("100") int limit) {
        return exports.audit(CurrentActor.of(security), Math.max(1, Math.min(limit, 500))).stream()
                .map(a -> new AuditLine(a.occurredAt(), a.actor(), a.action().name(), a.subjectMasked(), a.detail()))
                .toList();
    }
}

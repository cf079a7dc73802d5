package org.triagem.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.retention.AnonymisationReport;
import org.triagem.application.retention.AnonymisationService;
import org.triagem.application.retention.RetentionService;
import org.triagem.domain.model.retention.AnonymisationRecord;
import org.triagem.domain.model.retention.DataKind;
import org.triagem.domain.model.retention.LegalHold;
import org.triagem.domain.model.retention.RetentionPolicy;
import org.triagem.domain.model.retention.RetentionRun;
import org.triagem.domain.model.retention.SubjectKey;

/**
 * The DPO's privacy desk (LGPD Art. 16, 18 IV and VI): anonymise a data subject (or see what would change),
 * place and release legal holds, read the audit, and run the retention job (or dry-run it) and read its runs.
 * Subjects are named by one key (CPF, e-mail or phone) and answered masked.
 */
@Path("/privacy")
@Tag(name = "privacy")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed({"dpo", "admin"})
public class PrivacyResource {

    @Inject
    AnonymisationService anonymisation;

    @Inject
    RetentionService retention;

    @Context
    SecurityContext security;

    /** A subject named by exactly one key, the reason, and whether to only say what would change. */
    public record AnonymisationRequest(String cpf, String email, String phone, String reason, Boolean dryRun) {
    }

    /** A hold on a case (protocol) or on a subject (one key), with the reason. */
    public record HoldRequest(String protocol, String cpf, String email, String phone, String reason) {
    }

    /** A hold as listed: the subject masked, never in clear. */
    public record HoldView(long id, String protocol, String subject, String reason, String placedBy,
            OffsetDateTime placedAt, String releasedBy, OffsetDateTime releasedAt) {
        static HoldView of(LegalHold h) {
            return new HoldView(h.id(), h.protocol(), h.subjectMasked(), h.reason(), h.placedBy(), h.placedAt(),
                    h.releasedBy(), h.releasedAt());
        }
    }

    /** One audited anonymisation. */
    public record AuditView(String performedBy, OffsetDateTime performedAt, String reason, String subject,
            List<String> protocols, Long runId) {
        static AuditView of(AnonymisationRecord a) {
            return new AuditView(a.performedBy(), a.performedAt(), a.reason(), a.subjectMasked(), a.protocols(),
                    a.runId());
        }
    }

    /** One run of the retention job: counts per kind of data. */
    public record RunView(long id, String node, boolean dryRun, OffsetDateTime startedAt, OffsetDateTime finishedAt,
            Map<DataKind, Long> counts) {
        static RunView of(RetentionRun r) {
            return new RunView(r.id(), r.node(), r.dryRun(), r.startedAt(), r.finishedAt(), r.counts());
        }
    }

    @POST
    @Path("anonymisations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Anonymises a data subject named by one key (cpf, email or phone), with a reason;"
            + " dryRun=true (body or query) only says which cases and quarantined payloads would change."
            + " 409 problem naming every hold (open case, decree's call retention, legal hold); 404 when"
            + " nothing carries the key")
    public AnonymisationReport anonymise(AnonymisationRequest request,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRunQuery) {
        AnonymisationRequest r = request == null ? new AnonymisationRequest(null, null, null, null, null) : request;
        boolean dryRun = dryRunQuery || Boolean.TRUE.equals(r.dryRun());
        return anonymisation.anonymise(subject(r.cpf(), r.email(), r.phone()), reason(r.reason()), actor(), dryRun);
    }

    @GET
    @Path("anonymisations")
    @Operation(summary = "The audit of anonymisations, newest first: who, when, why, which cases, the subject"
            + " masked (the job's batches name no subject)")
    public List<AuditView> audit(@QueryParam("limit") @DefaultValue("100") int limit) {
        return anonymisation.audit(Math.max(1, Math.min(limit, 1000))).stream().map(AuditView::of).toList();
    }

    @GET
    @Path("holds")
    @Operation(summary = "The active legal holds")
    public List<HoldView> holds() {
        return anonymisation.activeHolds().stream().map(HoldView::of).toList();
    }

    @POST
    @Path("holds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Places a legal hold on a case (protocol) or on a subject (one of cpf, email, phone),"
            + " with a reason: neither a request nor the retention job anonymises what it covers")
    public Response placeHold(HoldRequest request) {
        HoldRequest r = request == null ? new HoldRequest(null, null, null, null, null) : request;
        String reason = reason(r.reason());
        boolean onCase = r.protocol() != null && !r.protocol().isBlank();
        SubjectKey subject = onCase && r.cpf() == null && r.email() == null && r.phone() == null ? null
                : subject(r.cpf(), r.email(), r.phone());
        if (onCase && subject != null) {
            throw invalidSubject();
        }
        LegalHold hold = anonymisation.placeHold(onCase ? r.protocol().strip() : null, subject, reason, actor());
        return Response.status(201).entity(HoldView.of(hold)).build();
    }

    @POST
    @Path("holds/{id}/release")
    @Operation(summary = "Releases an active legal hold; it stays on record")
    public HoldView release(@PathParam("id") long id) {
        return anonymisation.releaseHold(id, actor()).map(HoldView::of)
                .orElseThrow(() -> new ProblemException(Problem.coded("hold-not-found", 404, "detail", id)));
    }

    @POST
    @Path("retention/run")
    @Operation(summary = "Runs the retention job now on this node; dryRun=true only counts what would go")
    public RunView run(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return RunView.of(retention.run(dryRun));
    }

    @GET
    @Path("retention/runs")
    @Operation(summary = "The retention job's runs, newest first: node, times, counts per kind of data")
    public List<RunView> runs(@QueryParam("limit") @DefaultValue("50") int limit) {
        return retention.recentRuns(Math.max(1, Math.min(limit, 500))).stream().map(RunView::of).toList();
    }

    @GET
    @Path("retention/policy")
    @Operation(summary = "The retention policy in force, in days per kind of data (0: kept for ever), with the"
            + " warnings of settings raised to the decree's floor")
    public RetentionPolicy policy() {
        return retention.policy();
    }

    private static SubjectKey subject(String cpf, String email, String phone) {
        try {
            return SubjectKey.of(cpf, email, phone);
        } catch (IllegalArgumentException e) {
            throw invalidSubject();
        }
    }

    private static ProblemException invalidSubject() {
        return new ProblemException(Problem.coded("invalid-subject", 400, "detail"));
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ProblemException(Problem.coded("reason-required", 400, "detail"));
        }
        return reason.strip().length() > 2000 ? reason.strip().substring(0, 2000) : reason.strip();
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}

package org.triagem.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.CatalogueService;
import org.triagem.domain.model.catalogue.CatalogueEntry;
import org.triagem.domain.model.catalogue.CatalogueKind;

/**
 * The managed lists: departments, resolution codes, root causes. Everyone who works cases or rules reads
 * them (the staff page fills its selects from here); admins add entries, relabel and retire them, and
 * read the audit trail of every change.
 */
@Path("/catalogues/{list}")
@Tag(name = "catalogues")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed("admin")
public class CatalogueResource {

    private static final String LIST = "departments, resolution-codes or root-causes";

    @Inject
    CatalogueService catalogues;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({"agent", "supervisor", "analyst", "admin"})
    @Operation(summary = "The list's active entries (code, pt-BR label, English label) and its revision;"
            + " includeRetired=true adds the retired ones")
    public CatalogueView read(@PathParam("list") @Parameter(description = LIST) String list,
            @QueryParam("includeRetired") @DefaultValue("false") boolean includeRetired) {
        return CatalogueView.of(catalogues.list(actor(), kind(list)), includeRetired);
    }

    @GET
    @Path("history")
    @RolesAllowed({"agent", "supervisor", "analyst", "admin"})
    @Operation(summary = "Every change to the list, newest first: revision, code, action (ADDED, RELABELLED,"
            + " RETIRED, REINSTATED), who, when, the entry before and after")
    public List<CatalogueView.Change> history(@PathParam("list") @Parameter(description = LIST) String list,
            @QueryParam("limit") @DefaultValue("200") int limit) {
        return catalogues.history(actor(), kind(list), limit).stream().map(CatalogueView.Change::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds an entry: a code (unique in the list whatever its case; no quotes, backslashes,"
            + " commas or slashes; at most 80 characters), a pt-BR label and optionally an English one."
            + " 409 when the code exists")
    public Response add(@PathParam("list") @Parameter(description = LIST) String list, CatalogueView.NewEntry entry) {
        CatalogueKind kind = kind(list);
        CatalogueView.NewEntry e = entry == null ? new CatalogueView.NewEntry(null, null, null) : entry;
        CatalogueEntry added = valid(() -> catalogues.add(actor(), kind, e.code(), e.label(), e.labelEn()));
        return Response.created(UriBuilder.fromPath("/api/catalogues/{list}/{code}").build(kind.slug(), added.code()))
                .entity(CatalogueView.Entry.of(added)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Relabels an entry; its code never changes")
    public CatalogueView.Entry relabel(@PathParam("list") @Parameter(description = LIST) String list,
            @PathParam("code") String code, CatalogueView.Labels labels) {
        CatalogueView.Labels l = labels == null ? new CatalogueView.Labels(null, null) : labels;
        return CatalogueView.Entry.of(valid(() -> catalogues.relabel(actor(), kind(list), code, l.label(), l.labelEn())));
    }

    @POST
    @Path("{code}/retire")
    @Operation(summary = "Retires an entry: no longer offered nor accepted, kept for what was recorded with it."
            + " 409 for the fallback department")
    public CatalogueView.Entry retire(@PathParam("list") @Parameter(description = LIST) String list,
            @PathParam("code") String code) {
        return CatalogueView.Entry.of(catalogues.retire(actor(), kind(list), code));
    }

    @POST
    @Path("{code}/reinstate")
    @Operation(summary = "Offers and accepts a retired entry again")
    public CatalogueView.Entry reinstate(@PathParam("list") @Parameter(description = LIST) String list,
            @PathParam("code") String code) {
        return CatalogueView.Entry.of(catalogues.reinstate(actor(), kind(list), code));
    }

    private org.triagem.application.Actor actor() {
        return CurrentActor.of(security);
    }

    private static CatalogueKind kind(String list) {
        return CatalogueKind.fromSlug(list).orElseThrow(() -> new ProblemException(Problem.of("unknown-catalogue",
                "Unknown list", 404, "No list " + list + "; the lists are " + LIST + ".")));
    }

    private static <T> T valid(Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().startsWith("code") ? "code"
                    : e.getMessage().startsWith("labelEn") ? "labelEn" : "label";
            throw new ProblemException(Problem.of("invalid-input", "Invalid input", 400, "Please correct: " + field)
                    .withErrors(List.of(new Problem.FieldError(field, e.getMessage()))));
        }
    }
}

package org.triagem.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.triagem.domain.model.catalogue.CatalogueConflictException;
import org.triagem.domain.model.catalogue.CatalogueEntryNotFoundException;
import org.triagem.domain.model.catalogue.CatalogueKind;
import org.triagem.domain.model.catalogue.NotInCatalogueException;

/**
 * Failures about the managed lists: a value used on a case that the list does not accept (422, with the
 * accepted values as extension members), an entry an admin names that does not exist (404), a change the
 * list cannot take (409).
 */
public final class CatalogueProblems {

    private CatalogueProblems() {
    }

    /**
     * The 422 answer: a problem document whose extension members list the values that are accepted
     * ({@code knownDepartments}, {@code knownResolutionCodes}, {@code knownRootCauses}), and whose
     * {@code errors} name the request's fields at fault.
     */
    @JsonbPropertyOrder({"type", "title", "status", "detail", "errors", "knownDepartments", "knownResolutionCodes",
            "knownRootCauses"})
    public record NotInCatalogue(String type, String title, int status, String detail, List<Problem.FieldError> errors,
            List<String> knownDepartments, List<String> knownResolutionCodes, List<String> knownRootCauses) {

        /** The refusal as a plain problem, in English, as the code writes every problem. */
        static Problem problemOf(NotInCatalogueException e) {
            return Problem.of("not-in-catalogue", "Not in the managed list", 422, e.getMessage())
                    .withErrors(e.refusals().stream()
                            .map(r -> new Problem.FieldError(field(r.kind()), "\"" + r.value()
                                    + "\" is not in the list of " + r.kind().slug()))
                            .toList());
        }

        /** The problem {@code p} (already said in the asker's language) with the lists' known entries. */
        static NotInCatalogue of(Problem p, NotInCatalogueException e) {
            return new NotInCatalogue(p.type(), p.title(), p.status(), p.detail(), p.errors(),
                    known(e, CatalogueKind.DEPARTMENT), known(e, CatalogueKind.RESOLUTION_CODE),
                    known(e, CatalogueKind.ROOT_CAUSE));
        }

        /** The action body's field that carries a value of the list. */
        private static String field(CatalogueKind kind) {
            return switch (kind) {
                case DEPARTMENT -> "department";
                case RESOLUTION_CODE -> "resolutionCode";
                case ROOT_CAUSE -> "rootCause";
            };
        }

        private static List<String> known(NotInCatalogueException e, CatalogueKind kind) {
            return e.refusals().stream().filter(r -> r.kind() == kind).findFirst()
                    .map(NotInCatalogueException.Refusal::known).orElse(null);
        }
    }

    @Provider
    public static class NotInList implements ExceptionMapper<NotInCatalogueException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(NotInCatalogueException e) {
            // Not a Problem entity, so ProblemLanguage does not see it: said in the asker's language here.
            Map.Entry<Problem, String> said = ProblemLanguage.said(NotInCatalogue.problemOf(e),
                    headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            return Response.status(422).type(Problem.MEDIA_TYPE)
                    .header(HttpHeaders.CONTENT_LANGUAGE, said.getValue())
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                    .entity(NotInCatalogue.of(said.getKey(), e)).build();
        }
    }

    @Provider
    public static class EntryNotFound implements ExceptionMapper<CatalogueEntryNotFoundException> {
        @Override
        public Response toResponse(CatalogueEntryNotFoundException e) {
            return Problem.of("catalogue-entry-not-found", "No such entry", 404, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<CatalogueConflictException> {
        @Override
        public Response toResponse(CatalogueConflictException e) {
            return Problem.of("catalogue-conflict", "The list cannot take this change", 409, e.getMessage())
                    .toResponse();
        }
    }
}

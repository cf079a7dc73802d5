package org.triagem.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.triagem.domain.model.impact.ImpactPreviewNotFoundException;
import org.triagem.domain.model.impact.InvalidImpactWindowException;

/** Failures of the impact preview, as problem+json. */
public final class ImpactProblems {

    private ImpactProblems() {
    }

    @Provider
    public static class NotFound implements ExceptionMapper<ImpactPreviewNotFoundException> {
        @Override
        public Response toResponse(ImpactPreviewNotFoundException e) {
            return Problem.coded("impact-not-found", 404, e.isJob() ? "job" : "version", e.subject()).toResponse();
        }
    }

    @Provider
    public static class BadWindow implements ExceptionMapper<InvalidImpactWindowException> {
        @Override
        public Response toResponse(InvalidImpactWindowException e) {
            return Problem.coded("impact-bad-window", 400, "days", InvalidImpactWindowException.MAX_DAYS,
                    e.days()).toResponse();
        }
    }
}

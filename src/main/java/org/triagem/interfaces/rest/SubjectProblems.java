package org.triagem.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.triagem.application.subject.InvalidSubjectKeyException;
import org.triagem.application.subject.SubjectRequestNotFoundException;

/** Failures of the data subjects' requests and exports, as problem+json. */
public final class SubjectProblems {

    private SubjectProblems() {
    }

    @Provider
    public static class BadKey implements ExceptionMapper<InvalidSubjectKeyException> {
        @Override
        public Response toResponse(InvalidSubjectKeyException e) {
            return Problem.coded("subject-key-invalid", 400, "detail").toResponse();
        }
    }

    @Provider
    public static class RequestNotFound implements ExceptionMapper<SubjectRequestNotFoundException> {
        @Override
        public Response toResponse(SubjectRequestNotFoundException e) {
            return Problem.coded("subject-request-not-found", 404, "detail", e.id()).toResponse();
        }
    }
}

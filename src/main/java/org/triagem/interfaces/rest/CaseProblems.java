package org.triagem.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.triagem.application.CaseNotFoundException;
import org.triagem.domain.model.complaint.CaseNotAnswerableException;
import org.triagem.domain.model.complaint.IllegalCaseTransitionException;
import org.triagem.domain.model.complaint.InvalidProtocolNumberException;

/**
 * Failures of work on a case: an unknown or stale case, a transition or action the case does not
 * allow, a protocol number that is not one. Each maps one exception to problem+json.
 */
public final class CaseProblems {

    private CaseProblems() {
    }

    @Provider
    public static class BadProtocol implements ExceptionMapper<InvalidProtocolNumberException> {
        @Override
        public Response toResponse(InvalidProtocolNumberException e) {
            return Problem.coded("invalid-protocol", 400, e.reason().name())
                    .withErrors(List.of(new Problem.FieldError("protocol", e.getMessage()))).toResponse();
        }
    }

    @Provider
    public static class IllegalTransition implements ExceptionMapper<IllegalCaseTransitionException> {
        @Override
        public Response toResponse(IllegalCaseTransitionException e) {
            return Problem.coded("illegal-transition", 409, "detail", e.from(), e.to()).toResponse();
        }
    }

    @Provider
    public static class IllegalAction implements ExceptionMapper<org.triagem.domain.model.complaint.IllegalCaseActionException> {
        @Override
        public Response toResponse(org.triagem.domain.model.complaint.IllegalCaseActionException e) {
            return Problem.coded("illegal-action", 409, "detail", e.status(), e.action(), e.allowed())
                    .withCaseStatus(e.status().name(), e.allowed().stream()
                            .map(org.triagem.domain.model.complaint.CaseAction::slug).toList())
                    .toResponse();
        }
    }

    @Provider
    public static class CaseNotFound implements ExceptionMapper<org.triagem.application.CaseNotFoundException> {
        @Override
        public Response toResponse(org.triagem.application.CaseNotFoundException e) {
            return Problem.coded("case-not-found", 404, "detail", e.protocol().value()).toResponse();
        }
    }

    @Provider
    public static class NotAnswerable implements ExceptionMapper<CaseNotAnswerableException> {
        @Override
        public Response toResponse(CaseNotAnswerableException e) {
            return Problem.coded("case-closed", 409, "detail", e.protocol().value(), e.status()).toResponse();
        }
    }

    @Provider
    public static class Stale implements ExceptionMapper<org.triagem.application.StaleCaseException> {
        @Override
        public Response toResponse(org.triagem.application.StaleCaseException e) {
            Response.ResponseBuilder stale = Response.fromResponse(
                    (e.currentVersion() < 0 ? Problem.coded("stale-case", 412, "unknown", e.expectedVersion())
                            : Problem.coded("stale-case", 412, "detail", e.expectedVersion(), e.currentVersion()))
                            .toResponse());
            // The current version is unknown when the race was lost at the write itself.
            return (e.currentVersion() < 0 ? stale : stale.tag(CaseETags.of(e.currentVersion()))).build();
        }
    }

    @Provider
    public static class NotPermitted implements ExceptionMapper<org.triagem.application.ActionNotPermittedException> {
        @Override
        public Response toResponse(org.triagem.application.ActionNotPermittedException e) {
            return Problem.of("forbidden", "Not allowed", 403, e.getMessage()).toResponse();
        }
    }
}

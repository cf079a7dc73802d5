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
            return Problem.of("invalid-protocol", "Invalid protocol number", 400, e.getMessage())
                    .withErrors(List.of(new Problem.FieldError("protocol", e.getMessage()))).toResponse();
        }
    }

    @Provider
    public static class IllegalTransition implements ExceptionMapper<IllegalCaseTransitionException> {
        @Override
        public Response toResponse(IllegalCaseTransitionException e) {
            return Problem.of("illegal-transition", "Action not allowed in this status", 409, e.getMessage())
                    .toResponse();
        }
    }

    @Provider
    public static class IllegalAction implements ExceptionMapper<org.triagem.domain.model.complaint.IllegalCaseActionException> {
        @Override
        public Response toResponse(org.triagem.domain.model.complaint.IllegalCaseActionException e) {
            return Problem.of("illegal-action", "Action not allowed in this status", 409, e.getMessage())
                    .withCaseStatus(e.status().name(), e.allowed().stream()
                            .map(org.triagem.domain.model.complaint.CaseAction::slug).toList())
                    .toResponse();
        }
    }

    @Provider
    public static class CaseNotFound implements ExceptionMapper<org.triagem.application.CaseNotFoundException> {
        @Override
        public Response toResponse(org.triagem.application.CaseNotFoundException e) {
            return Problem.of("case-not-found", "Case not found", 404, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class NotAnswerable implements ExceptionMapper<CaseNotAnswerableException> {
        @Override
        public Response toResponse(CaseNotAnswerableException e) {
            return Problem.of("case-closed", "The case takes no more replies", 409, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class Stale implements ExceptionMapper<org.triagem.application.StaleCaseException> {
        @Override
        public Response toResponse(org.triagem.application.StaleCaseException e) {
            Response.ResponseBuilder stale = Response.fromResponse(
                    Problem.of("stale-case", "The case changed", 412, e.getMessage()).toResponse());
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

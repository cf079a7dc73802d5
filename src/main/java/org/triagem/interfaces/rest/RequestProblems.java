package org.triagem.interfaces.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/**
 * Failures of the request itself: a problem raised on purpose, invalid or unreadable input, too many
 * attempts, and JAX-RS's own errors. Each maps one exception to problem+json.
 */
public final class RequestProblems {

    private RequestProblems() {
    }

    /** Problems raised on purpose by resources. */
    @Provider
    public static class Explicit implements ExceptionMapper<ProblemException> {
        @Override
        public Response toResponse(ProblemException e) {
            return e.problem().toResponse();
        }
    }

    /** Bean Validation failures: 400 with one entry per field. */
    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            String fields = String.join(", ", errors.stream().map(Problem.FieldError::field).distinct().toList());
            return Problem.of("invalid-input", "Invalid input", 400, "Please correct: " + fields)
                    .withErrors(errors).toResponse();
        }

        private static String fieldOf(ConstraintViolation<?> v) {
            String path = v.getPropertyPath().toString();
            return path.substring(path.lastIndexOf('.') + 1);
        }
    }

    /** A body that is not valid JSON, or JSON of the wrong shape. */
    @Provider
    public static class UnreadableJson implements ExceptionMapper<jakarta.json.bind.JsonbException> {
        @Override
        public Response toResponse(jakarta.json.bind.JsonbException e) {
            return Problem.of("malformed-body", "Malformed request body", 400,
                    "The request body is not valid JSON of the expected shape.").toResponse();
        }
    }

    /** Locked out after too many failed attempts (case lookup, sign-in): when to come back. */
    @Provider
    public static class TooManyAttempts
            implements ExceptionMapper<org.triagem.interfaces.rest.guard.TooManyAttemptsException> {
        @Override
        public Response toResponse(org.triagem.interfaces.rest.guard.TooManyAttemptsException e) {
            long seconds = e.retryAfterSeconds();
            Problem problem = Problem.coded("too-many-attempts", 429, "detail", seconds);
            return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", seconds).entity(problem)
                    .build();
        }
    }

    /** JAX-RS's own errors (404, 405, 415, unreadable JSON). */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String title = Response.Status.fromStatusCode(status) == null ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
            // The framework's own message names its internals (RESTEASY003870 ...): a fixed sentence instead.
            String detail = switch (status) {
                case 400 -> "The request could not be read: check that it is well-formed.";
                case 404 -> "There is nothing at this address.";
                case 405 -> "This address does not accept that method.";
                case 406 -> "This address cannot answer in the requested format.";
                case 415 -> "This address does not accept that content type.";
                default -> title + ".";
            };
            return Problem.of("http-" + status, title, status, detail).toResponse();
        }
    }
}

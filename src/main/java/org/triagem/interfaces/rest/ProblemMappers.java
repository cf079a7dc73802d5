package org.triagem.interfaces.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.triagem.application.CaseNotFoundException;
import org.triagem.domain.model.complaint.CaseNotAnswerableException;
import org.triagem.domain.model.complaint.IllegalCaseTransitionException;
import org.triagem.domain.model.complaint.InvalidProtocolNumberException;
import org.triagem.infrastructure.camel.ContactQuarantinedException;
import org.triagem.domain.model.ruleset.RuleSetNotActivatableException;
import org.triagem.domain.model.ruleset.UnknownRuleSetVersionException;
import org.triagem.infrastructure.camel.IntakeUnavailableException;
import org.triagem.domain.model.ruleset.BadRuleSetArchiveException;
import org.triagem.domain.model.ruleset.RulesUnavailableException;

/** Maps every failure to problem+json; nothing leaves as an HTML error page or a stack trace. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
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

    @Provider
    public static class Quarantined implements ExceptionMapper<ContactQuarantinedException> {
        @Override
        public Response toResponse(ContactQuarantinedException e) {
            // Not the cause: a database error quotes the refused values; the quarantine row keeps a safe reason.
            LOG.warning(e.getMessage());
            return Problem.of("contact-quarantined", "Contact received but not registered", 503,
                    "Your contact was kept safely and will be registered once the problem is fixed.")
                    .withQuarantineId(e.quarantineId()).toResponse();
        }
    }

    @Provider
    public static class Unavailable implements ExceptionMapper<IntakeUnavailableException> {
        @Override
        public Response toResponse(IntakeUnavailableException e) {
            // The message names the failure safely (QuarantineReason); the cause could quote personal data.
            LOG.warning(e.getMessage());
            return Response.fromResponse(Problem.of("intake-unavailable", "Intake unavailable", 503,
                    "Please try again in a minute.").toResponse()).header("Retry-After", "60").build();
        }
    }

    @Provider
    public static class UnknownRuleSet implements ExceptionMapper<UnknownRuleSetVersionException> {
        @Override
        public Response toResponse(UnknownRuleSetVersionException e) {
            return Problem.of("ruleset-not-found", "Rule-set version not found", 404, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class NotActivatable implements ExceptionMapper<RuleSetNotActivatableException> {
        @Override
        public Response toResponse(RuleSetNotActivatableException e) {
            return Problem.of("ruleset-not-activatable", "Rule-set version cannot be activated", 409, e.getMessage())
                    .toResponse();
        }
    }

    @Provider
    public static class BadRuleSetArchive implements ExceptionMapper<BadRuleSetArchiveException> {
        @Override
        public Response toResponse(BadRuleSetArchiveException e) {
            return Problem.of("bad-ruleset-zip", "Not a zip of a rules tree", 400, e.getMessage()).toResponse();
        }
    }

    @Provider
    public static class RulesUnavailable implements ExceptionMapper<RulesUnavailableException> {
        @Override
        public Response toResponse(RulesUnavailableException e) {
            return Response.fromResponse(Problem.of("rules-unavailable", "Rules unavailable", 503, e.getMessage())
                    .toResponse()).header("Retry-After", "10").build();
        }
    }

    /** A phone webhook delivery whose signature does not hold: nothing was read or changed. */
    @Provider
    public static class WebhookRejected
            implements ExceptionMapper<org.triagem.infrastructure.webhook.WebhookRejectedException> {
        @Override
        public Response toResponse(org.triagem.infrastructure.webhook.WebhookRejectedException e) {
            LOG.fine(() -> "webhook rejected: " + e.reason());
            return Problem.of("webhook-unauthenticated", "Webhook signature not accepted", 401, e.getMessage())
                    .toResponse();
        }
    }

    /** An event id already applied to another payload: a replay with altered content. */
    @Provider
    public static class ReusedEventId implements ExceptionMapper<org.triagem.application.ReusedEventIdException> {
        @Override
        public Response toResponse(org.triagem.application.ReusedEventIdException e) {
            return Problem.of("webhook-replayed", "Event id already used", 401, e.getMessage()).toResponse();
        }
    }

    /** A call event that is not of the phone contract. */
    @Provider
    public static class MalformedCallEvent
            implements ExceptionMapper<org.triagem.interfaces.channel.MalformedCallEventException> {
        @Override
        public Response toResponse(org.triagem.interfaces.channel.MalformedCallEventException e) {
            List<Problem.FieldError> errors = e.violations().stream()
                    .map(v -> new Problem.FieldError(v.field(), v.message())).toList();
            return Problem.of("invalid-call-event", "Invalid call event", 400, "Please correct: "
                    + String.join(", ", errors.stream().map(Problem.FieldError::field).distinct().toList()))
                    .withErrors(errors).toResponse();
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
            Problem problem = Problem.of("too-many-attempts", "Too many attempts", 429,
                    "Too many failed attempts. Try again in " + seconds + " seconds.");
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

    @Provider
    public static class SurveyLinkRefused
            implements ExceptionMapper<org.triagem.domain.model.survey.SurveyTokenException> {
        @Override
        public Response toResponse(org.triagem.domain.model.survey.SurveyTokenException e) {
            return e.reason() == org.triagem.domain.model.survey.SurveyTokenException.Reason.EXPIRED
                    ? Problem.of("survey-expired", "Survey link expired", 410,
                            "This survey link has expired; thank you all the same.").toResponse()
                    : Problem.of("survey-link-invalid", "Survey link not valid", 404,
                            "This is not a survey link we sent. Please use the link in the mail as it is.")
                            .toResponse();
        }
    }

    @Provider
    public static class SurveyExpired implements ExceptionMapper<org.triagem.domain.model.survey.SurveyExpiredException> {
        @Override
        public Response toResponse(org.triagem.domain.model.survey.SurveyExpiredException e) {
            return Problem.of("survey-expired", "Survey link expired", 410,
                    "This survey link has expired; thank you all the same.").toResponse();
        }
    }

    @Provider
    public static class SurveyAnswered
            implements ExceptionMapper<org.triagem.domain.model.survey.SurveyAlreadyAnsweredException> {
        @Override
        public Response toResponse(org.triagem.domain.model.survey.SurveyAlreadyAnsweredException e) {
            return Problem.of("survey-already-answered", "Already answered", 409,
                    "These questions were already answered; the first answer stands.").toResponse();
        }
    }

    @Provider
    public static class SurveysOff implements ExceptionMapper<org.triagem.application.SurveysUnavailableException> {
        @Override
        public Response toResponse(org.triagem.application.SurveysUnavailableException e) {
            return Problem.of("surveys-unavailable", "Surveys unavailable", 503, e.getMessage()).toResponse();
        }
    }

    /** Anything else is our fault: log it, say so, reveal nothing. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {

        /** Each cause's type and the frame it was thrown at, outermost first. */
        static String withoutMessages(Throwable e) {
            StringBuilder b = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (b.length() > 0) {
                    b.append(" <- ");
                }
                b.append(t.getClass().getName());
                if (t.getStackTrace().length > 0) {
                    b.append(" at ").append(t.getStackTrace()[0]);
                }
            }
            return b.toString();
        }

        @Override
        public Response toResponse(RuntimeException e) {
            // The types and where they were thrown, not the messages: a database error's message quotes
            // the values it refused, which may be a customer's personal data. FINE keeps the whole trace.
            LOG.severe(() -> "unexpected failure: " + withoutMessages(e));
            LOG.log(Level.FINE, "unexpected failure", e);
            return Problem.of("internal-error", "Internal error", 500,
                    "Something went wrong on our side. Please try again.").toResponse();
        }
    }
}

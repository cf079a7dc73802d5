package org.triagem.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Logger;
import org.triagem.interfaces.channel.ContactQuarantinedException;
import org.triagem.interfaces.channel.IntakeUnavailableException;

/**
 * Failures of the intake doors: a contact held in quarantine, intake unavailable, and the phone
 * webhook's refusals. Each maps one exception to problem+json.
 */
public final class IntakeProblems {

    private static final Logger LOG = Logger.getLogger(IntakeProblems.class.getName());

    private IntakeProblems() {
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
}

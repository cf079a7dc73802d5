package org.triagem.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.triagem.interfaces.rest.guard.AccessGuard;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.CaseNotFoundException;
import org.triagem.application.CaseQueries;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseEvent;
import org.triagem.domain.model.complaint.CaseMessage;
import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * The customer's own view of their case (Decreto 11.034/2022: the consumer follows the demand with
 * the protocol number). The customer proves it is theirs with the email address or CPF they gave, in
 * the {@code X-Verification} header (kept out of URLs and access logs). Staff-only data (who worked
 * it, departments, rules, internal notes) is not shown.
 */
@Path("/public/cases")
@Tag(name = "customer")
@PermitAll
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class PublicCaseResource {

    @Inject
    CaseQueries cases;

    @Inject
    AccessGuard guard;

    @Inject
    org.triagem.application.SurveyService surveys;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{protocol}")
    @Operation(summary = "Status and history of your case; X-Verification: the email address or CPF you gave."
            + " A wrong verification answers 404, exactly like an unknown protocol; after 5 misses for a"
            + " protocol (30 from one address) 429 with Retry-After, even for the right verification")
    @APIResponse(responseCode = "200", description = "The case as the customer sees it",
            content = @Content(schema = @Schema(implementation = CustomerCaseView.class)))
    public Response status(@PathParam("protocol") String protocol,
            @HeaderParam("X-Verification") String verification) {
        long start = System.nanoTime();
        ProtocolNumber number = ProtocolNumber.parse(protocol);
        String address = request.getRemoteAddr();
        guard.caseLookup().admit(number.value(), address);
        try {
            Optional<Case> found = cases.forCustomer(number, verification);
            if (found.isEmpty()) {
                guard.caseLookup().failed(number.value(), address);
                throw new CaseNotFoundException(number);
            }
            guard.caseLookup().succeeded(number.value());
            // An answer for one verification is not one for another (no-store comes with every API answer).
            Case c = found.get();
            String survey = c.status() == org.triagem.domain.model.complaint.CaseStatus.RESOLVED
                    || c.status() == org.triagem.domain.model.complaint.CaseStatus.CLOSED
                    ? surveys.openSurveyOf(number).orElse(null) : null;
            return Response.ok(CustomerCaseView.of(c, survey)).header(HttpHeaders.VARY, "X-Verification").build();
        } finally {
            // A hit and a miss take equally long: the time of the answer tells nothing.
            guard.padFrom(start);
        }
    }

    /** What the customer sees. */
    public record CustomerCaseView(String protocol, String status, String subject, OffsetDateTime openedAt,
            OffsetDateTime legalDeadline, List<Step> history, List<Answer> answers,
            @Schema(description = "For a resolved case whose survey can still be answered: the token for"
                    + " pesquisa.html?t=..., else null") String surveyToken) {

        static CustomerCaseView of(Case c, String surveyToken) {
            return new CustomerCaseView(c.protocol().value(), c.status().name(), c.firstContact().subject(), c.openedAt(),
                    c.routing().legalDeadline(), c.history().stream().filter(CustomerCaseView::isPublic).map(Step::of).toList(),
                    c.conversation().messages().stream().filter(m -> m.kind() == CaseMessage.Kind.REPLY).map(Answer::of).toList(),
                    surveyToken);
        }

        private static boolean isPublic(CaseEvent e) {
            return e.type() == CaseEvent.Type.OPENED || e.type() == CaseEvent.Type.STATUS_CHANGED
                    || e.type() == CaseEvent.Type.CUSTOMER_MESSAGE || e.type() == CaseEvent.Type.TRANSFERRED;
        }
    }

    /**
     * A staff answer to the customer. A customer who left no email address reads it here; internal notes
     * and who wrote the answer are never shown.
     */
    public record Answer(OffsetDateTime at, String text) {
        static Answer of(CaseMessage m) {
            return new Answer(m.receivedAt(), m.body());
        }
    }

    /** One step of the case as the customer sees it: when, what kind, and the status after it. */
    public record Step(OffsetDateTime at, String what, String status) {
        static Step of(CaseEvent e) {
            return new Step(e.occurredAt(), e.type().name(), e.after() == null ? null : e.after().name());
        }
    }
}

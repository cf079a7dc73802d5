package org.triagem.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.CaseNotFoundException;
import org.triagem.application.subject.HistoryDocument;
import org.triagem.application.subject.RequestView;
import org.triagem.application.subject.SubjectRequestService;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.interfaces.rest.guard.AccessGuard;

/**
 * The customer's requests on the status page, after the same verification as the case's status (the
 * {@code X-Verification} header, counted against the protocol and the address, answered no faster than
 * its floor): the history of their complaints at once (Decreto 11.034/2022 Art. 12), and the full
 * declaration of their data (LGPD Art. 19, within 15 days). POST, because each is a request we record.
 */
@Path("/public/cases")
@Tag(name = "customer")
@PermitAll
public class PublicSubjectRequestResource {

    private static final String VERIFICATION = "X-Verification";
    private static final String PDF = "application/pdf";

    @Inject
    SubjectRequestService requests;

    @Inject
    AccessGuard guard;

    @Context
    HttpServletRequest request;

    @POST
    @Path("{protocol}/history")
    @Produces({PDF, MediaType.TEXT_HTML, Problem.MEDIA_TYPE})
    @Operation(summary = "The history of all your complaints (protocols, dates, status, every message between you"
            + " and the SAC), as PDF or, with Accept: text/html, as HTML",
            description = "Decreto 11.034/2022 Art. 12: the request is recorded and fulfilled at once. Verification"
                    + " as for the status of the case; a wrong one answers 404, like an unknown protocol.")
    @Parameter(name = VERIFICATION, in = ParameterIn.HEADER, required = true,
            description = "The verification code of your receipt, or the email address or CPF you gave")
    @APIResponse(responseCode = "200", description = "The history, as a download",
            content = {@Content(mediaType = PDF), @Content(mediaType = MediaType.TEXT_HTML)})
    @APIResponse(responseCode = "404", description = "Unknown protocol or wrong verification, alike",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many wrong verifications; Retry-After says when",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response history(@PathParam("protocol") String protocol, @HeaderParam(VERIFICATION) String verification,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean html = accept != null && accept.contains(MediaType.TEXT_HTML) && !accept.contains(PDF);
        return asTheCustomer(protocol, number -> requests.historyOnStatusPage(number, verification)
                .map(doc -> download(doc, html)));
    }

    @POST
    @Path("{protocol}/access-requests")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Ask for the full declaration of the personal data we hold about you (LGPD Art. 18 II,"
            + " Art. 19 II): recorded, answered by the data protection officer within 15 days")
    @Parameter(name = VERIFICATION, in = ParameterIn.HEADER, required = true,
            description = "The verification code of your receipt, or the email address or CPF you gave")
    @APIResponse(responseCode = "201", description = "The request, with its deadline",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "404", description = "Unknown protocol or wrong verification, alike",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response access(@PathParam("protocol") String protocol, @HeaderParam(VERIFICATION) String verification) {
        return asTheCustomer(protocol, number -> requests.accessOnStatusPage(number, verification)
                .map(view -> Response.status(Response.Status.CREATED).entity(view)));
    }

    private static Response.ResponseBuilder download(HistoryDocument doc, boolean html) {
        String name = "historico-" + doc.protocol() + (html ? ".html" : ".pdf");
        return Response.ok(html ? doc.html() : doc.pdf(), html ? MediaType.TEXT_HTML + ";charset=UTF-8" : PDF)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

    /** As {@code PublicCaseResource}: a miss counts and answers 404; hit or miss take the same time. */
    private Response asTheCustomer(String protocol,
            Function<ProtocolNumber, Optional<Response.ResponseBuilder>> then) {
        long start = System.nanoTime();
        ProtocolNumber number = ProtocolNumber.parse(protocol);
        String address = request.getRemoteAddr();
        guard.caseLookup().admit(number.value(), address);
        try {
            Optional<Response.ResponseBuilder> answer = then.apply(number);
            if (answer.isEmpty()) {
                guard.caseLookup().failed(number.value(), address);
                throw new CaseNotFoundException(number);
            }
            guard.caseLookup().succeeded(number.value());
            return answer.get().header(HttpHeaders.VARY, VERIFICATION).build();
        } finally {
            guard.padFrom(start);
        }
    }
}

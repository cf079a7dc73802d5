package org.triagem.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.triagem.application.CaseClocks;
import org.triagem.application.CaseQueries;
import org.triagem.domain.model.complaint.ProtocolNumber;

/** Reading cases. */
@Path("/cases")
@Tag(name = "cases")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class CaseResource {

    @Inject
    CaseQueries cases;

    @Inject
    CaseClocks clocks;

    @Inject
    Clock clock;

    @GET
    @Path("{protocol}")
    @Operation(summary = "A case with its routing decision, SLA targets, SLA clocks (state, due time, time left)"
            + " and history")
    public CaseView byProtocol(@PathParam("protocol") String protocol) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return cases.byProtocol(ProtocolNumber.parse(protocol))
                .map(c -> CaseView.of(c, clocks.settingsFor(c.department()), now))
                .orElseThrow(() -> new ProblemException(Problem.of("case-not-found", "Case not found", 404,
                        "No case has protocol number " + ProtocolNumber.parse(protocol) + ".")));
    }

    @GET
    @Operation(summary = "Cases whose subject or description contains the text, newest first")
    public List<CaseView.Summary> search(@QueryParam("q") @DefaultValue("") String text,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return cases.search(text, Math.max(1, Math.min(limit, 200))).stream().map(CaseView.Summary::of).toList();
    }
}

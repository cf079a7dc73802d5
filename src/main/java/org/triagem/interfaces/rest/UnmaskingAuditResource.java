package org.triagem.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.PersonalDataAccess;
import org.triagem.application.PersonalDataAccess.Unmasking;

/** The data protection officer's view of every reveal of a customer's identifier. */
@Path("/privacy/unmaskings")
@Tag(name = "privacy")
@RolesAllowed({"dpo", "admin"})
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class UnmaskingAuditResource {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final int LIMIT = 1000;

    @Inject
    PersonalDataAccess personalData;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Who revealed which customer identifier on which case, when and why; newest first",
            description = "Days in America/Sao_Paulo, both inclusive; the last 30 days by default; at most "
                    + LIMIT + " entries.")
    public List<Unmasking> list(@QueryParam("from") @Parameter(description = "first day, yyyy-MM-dd") String from,
            @QueryParam("to") @Parameter(description = "last day, yyyy-MM-dd") String to) {
        LocalDate today = LocalDate.now(clock.withZone(SAO_PAULO));
        LocalDate last = day("to", to, today);
        LocalDate first = day("from", from, last.minusDays(29));
        return personalData.unmaskings(first.atStartOfDay(SAO_PAULO).toOffsetDateTime(),
                last.plusDays(1).atStartOfDay(SAO_PAULO).toOffsetDateTime(), LIMIT);
    }

    private static LocalDate day(String name, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ProblemException(Problem.of("invalid-input", "Invalid input", 400,
                    name + " must be a day as yyyy-MM-dd."));
        }
    }
}

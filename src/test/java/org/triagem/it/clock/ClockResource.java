package org.triagem.it.clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/test/clock}: where the server's clock stands, as an ISO offset date-time in plain text.
 * Admins only, and only in a test's archive: the application registers every resource it finds in its
 * classes, so adding this class to the archive is what publishes it.
 */
@Path("/test/clock")
@RolesAllowed("admin")
public class ClockResource {

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String now() {
        return OffsetDateTime.now(clock).toString();
    }

    /** Stops the clock at the time given (for example {@code 2025-08-04T09:00-03:00}); answers it. */
    @PUT
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String standAt(String time) {
        SettableClock.standAt(OffsetDateTime.parse(time.strip()).toInstant());
        return now();
    }
}

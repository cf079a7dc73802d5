package org.triagem.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.Actor;
import org.triagem.application.StaffService;
import org.triagem.interfaces.rest.guard.AccessGuard;

/**
 * Signing in and out of the web UI. The server checks the password against the configured registry
 * and answers with a session cookie (SameSite=Strict, HttpOnly); API clients may instead send HTTP
 * Basic credentials (development) or a bearer token (production) on every call.
 */
@Path("/session")
@Tag(name = "session")
@PermitAll
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class SessionResource {

    private static final Logger LOG = Logger.getLogger(SessionResource.class.getName());

    @Context
    HttpServletRequest request;

    @Context
    SecurityContext security;

    @Inject
    StaffService staff;

    @Inject
    AccessGuard guard;

    /** Credentials for signing in. */
    public record Credentials(String username, String password) {
    }

    /** Who is signed in. */
    public record Me(boolean authenticated, String username, List<String> roles, List<String> departments) {
        static Me of(Actor a) {
            return new Me(true, a.username(),
                    a.roles().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).toList(),
                    List.copyOf(a.departments()));
        }
    }

    @GET
    @Operation(summary = "Who is signed in ({\"authenticated\":false} when nobody)")
    public Me current() {
        if (security.getUserPrincipal() == null) {
            return new Me(false, null, List.of(), List.of());
        }
        Actor actor = CurrentActor.of(security);
        staff.signedIn(actor);
        return Me.of(actor);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in with user name and password; 200 with who you are, 401 when refused,"
            + " 429 with Retry-After after 5 failures for the user name (30 from one address)")
    public Response signIn(Credentials credentials) {
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            return refused();
        }
        long start = System.nanoTime();
        String username = credentials.username().strip();
        String address = request.getRemoteAddr();
        try {
            guard.signIn().admit(username, address);
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(username, credentials.password());
            guard.signIn().succeeded(username);
        } catch (ServletException e) {
            guard.signIn().failed(username, address);
            LOG.info("sign-in refused");
            return refused();
        } finally {
            // An unknown user is refused without hashing a password: without the floor, the answer's
            // time would tell who exists.
            guard.padFrom(start);
        }
        // A fresh session id after sign-in: a planted session cannot be promoted (session fixation).
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true);
        Actor actor = CurrentActor.of(security);
        staff.signedIn(actor);
        return Response.ok(Me.of(actor)).build();
    }

    @DELETE
    @Operation(summary = "Sign out")
    public Response signOut() throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    private static Response refused() {
        return Problem.of("sign-in-refused", "Sign-in refused", 401, "Wrong user name or password.").toResponse();
    }
}

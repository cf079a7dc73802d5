package org.triagem.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.triagem.application.CalendarAdministration;
import org.triagem.domain.model.department.BusinessCalendar;
import org.triagem.domain.model.department.Holiday;

/** Departments' business calendars, for admins. The department {@code *} is the default calendar. */
@Path("/calendars/{department}")
@Tag(name = "calendars")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed("admin")
public class CalendarResource {

    @Inject
    CalendarAdministration calendars;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({"agent", "supervisor", "analyst", "admin"})
    @Operation(summary = "The department's business calendar (its own, or the default one it inherits)")
    public CalendarView read(@PathParam("department") String department) {
        return view(department, calendars.calendarOf(department));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Gives the department its own calendar: zone, working hours per weekday, days off")
    public CalendarView define(@PathParam("department") String department, CalendarView.Definition definition) {
        BusinessCalendar calendar = valid(() -> definition.toCalendar());
        return view(department, calendars.define(department, calendar));
    }

    @POST
    @Path("holidays")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a day off (a state or city holiday, a closure) to the department's calendar")
    public Response addDayOff(@PathParam("department") String department, CalendarView.DayOffView dayOff) {
        Holiday holiday = valid(() -> new Holiday(dayOff.date(), dayOff.name()));
        return Response.status(Response.Status.CREATED)
                .entity(view(department, calendars.addDayOff(department, holiday))).build();
    }

    private CalendarView view(String department, BusinessCalendar calendar) {
        return CalendarView.of(department, !calendars.hasOwnCalendar(department), calendar,
                LocalDate.now(clock.withZone(calendar.zone())).getYear());
    }

    private static <T> T valid(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            throw new ProblemException(Problem.of("invalid-calendar", "Invalid calendar", 400,
                    e.getMessage() == null ? "a required field is missing" : e.getMessage()));
        }
    }
}

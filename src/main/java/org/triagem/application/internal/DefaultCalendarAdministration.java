package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.triagem.application.CalendarAdministration;
import org.triagem.domain.model.department.BusinessCalendar;
import org.triagem.domain.model.department.BusinessCalendars;
import org.triagem.domain.model.department.DepartmentCalendar;
import org.triagem.domain.model.department.Holiday;

/**
 * Calendar edits. They apply to clocks started or resumed afterwards (on other nodes within
 * {@code triagem.calendars.cache.seconds}); running clocks keep the due times they have until their case
 * next changes.
 */
@ApplicationScoped
@Transactional
class DefaultCalendarAdministration implements CalendarAdministration {

    private static final Logger LOG = Logger.getLogger(DefaultCalendarAdministration.class.getName());

    @Inject
    BusinessCalendars calendars;

    @Inject
    DefaultCaseClocks clocks;

    @Override
    public BusinessCalendar calendarOf(String department) {
        return calendars.of(department);
    }

    @Override
    public boolean hasOwnCalendar(String department) {
        return calendars.find(department).isPresent();
    }

    @Override
    public BusinessCalendar define(String department, BusinessCalendar calendar) {
        calendars.find(department).ifPresentOrElse(c -> c.define(calendar),
                () -> calendars.add(new DepartmentCalendar(department, calendar)));
        clocks.forgetCalendars();
        LOG.info(() -> "business calendar of " + department + " redefined");
        return calendar;
    }

    @Override
    public BusinessCalendar addDayOff(String department, Holiday dayOff) {
        DepartmentCalendar own = calendars.find(department).orElseGet(() -> {
            DepartmentCalendar copy = new DepartmentCalendar(department, calendars.of(department));
            calendars.add(copy);
            return copy;
        });
        own.addDayOff(dayOff);
        clocks.forgetCalendars();
        LOG.info(() -> "day off " + dayOff.date() + " added to the calendar of " + department);
        return own.toBusinessCalendar();
    }
}

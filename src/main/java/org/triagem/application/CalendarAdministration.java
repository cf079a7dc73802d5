package org.triagem.application;

import org.triagem.domain.model.department.BusinessCalendar;
import org.triagem.domain.model.department.Holiday;

/** Admins read and edit departments' business calendars. */
public interface CalendarAdministration {

    /** The calendar the department works on: its own, or the default one. */
    BusinessCalendar calendarOf(String department);

    /** True when the department has a calendar of its own rather than the default. */
    boolean hasOwnCalendar(String department);

    /** Gives the department its own calendar (or replaces it). */
    BusinessCalendar define(String department, BusinessCalendar calendar);

    /** Adds a day off; a department on the default calendar gets its own copy first. */
    BusinessCalendar addDayOff(String department, Holiday dayOff);
}

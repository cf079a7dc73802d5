package org.triagem.domain.model.department;

import java.util.Optional;

/** Where departments' calendars are kept. */
public interface BusinessCalendars {

    /** The department's calendar, or the default calendar when it has none of its own. */
    BusinessCalendar of(String department);

    /** The department's own stored calendar, if it has one. */
    Optional<DepartmentCalendar> find(String department);

    void add(DepartmentCalendar calendar);
}

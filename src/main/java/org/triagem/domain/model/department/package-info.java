/**
 * Departments and when they work. A {@link org.triagem.domain.model.department.BusinessCalendar} holds a
 * department's working hours per weekday, its time zone and its own days off on top of the Brazilian
 * national holidays (movable ones computed from Easter); SLA clocks count business minutes on it. Calendars
 * are kept per department ({@link org.triagem.domain.model.department.DepartmentCalendar}); a department
 * without one works on the default calendar.
 */
package org.triagem.domain.model.department;

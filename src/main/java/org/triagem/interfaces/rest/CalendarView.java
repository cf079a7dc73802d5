package org.triagem.interfaces.rest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triagem.domain.model.department.BrazilianHolidays;
import org.triagem.domain.model.department.BusinessCalendar;
import org.triagem.domain.model.department.DepartmentCalendar;
import org.triagem.domain.model.department.Holiday;
import org.triagem.domain.model.department.WorkingHours;

/**
 * A department's business calendar: zone, working hours per weekday ({@code "MON": "08:00-18:00"}; days
 * not listed are off), its own days off, and, read-only, the national holidays of this year and the next.
 * {@code inherited} is true when the department runs on the default calendar.
 */
public record CalendarView(String department, boolean inherited, String zone, Map<String, String> week,
        List<DayOffView> daysOff, List<DayOffView> nationalHolidays) {

    /** One day off. */
    public record DayOffView(LocalDate date, String name) {
    }

    /** The body of {@code PUT /api/calendars/{department}}. */
    public record Definition(String zone, Map<String, String> week, List<DayOffView> daysOff) {

        BusinessCalendar toCalendar() {
            if (week == null || week.isEmpty()) {
                throw new IllegalArgumentException("week: at least one working day, such as \"MON\": \"08:00-18:00\"");
            }
            StringBuilder spec = new StringBuilder();
            week.forEach((day, hours) -> spec.append(spec.isEmpty() ? "" : ", ").append(day).append(' ').append(hours));
            Map<DayOfWeek, WorkingHours> parsed = DepartmentCalendar.parse(spec.toString());
            List<Holiday> off = daysOff == null ? List.of()
                    : daysOff.stream().map(d -> new Holiday(d.date(), d.name())).toList();
            return new BusinessCalendar(zone == null || zone.isBlank() ? BusinessCalendar.SAO_PAULO : ZoneId.of(zone),
                    parsed, off);
        }
    }

    static CalendarView of(String department, boolean inherited, BusinessCalendar calendar, int year) {
        Map<String, String> week = new LinkedHashMap<>();
        calendar.week().forEach((day, hours) -> week.put(day.name().substring(0, 3), hours.toString()));
        List<DayOffView> national = new ArrayList<>();
        for (int y = year; y <= year + 1; y++) {
            BrazilianHolidays.of(y).forEach((date, name) -> national.add(new DayOffView(date, name)));
        }
        return new CalendarView(department, inherited, calendar.zone().getId(), week,
                calendar.extraDaysOff().stream().map(h -> new DayOffView(h.date(), h.name())).toList(), national);
    }
}

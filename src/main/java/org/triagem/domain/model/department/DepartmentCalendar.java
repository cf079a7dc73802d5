package org.triagem.domain.model.department;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The stored business calendar of one department, edited by admins. The department {@value #DEFAULT}
 * holds the calendar of every department that has none of its own.
 */
@Entity
@Table(name = "department_calendar")
public class DepartmentCalendar {

    /** The department name under which the default calendar is kept. */
    public static final String DEFAULT = "*";

    @Id
    @Column(length = 80)
    private String department;

    @Column(nullable = false, length = 64)
    private String zone;

    /** Working hours as {@code MON 08:00-18:00, TUE 08:00-18:00, ...}; days not listed are off. */
    @Column(nullable = false, length = 400)
    private String week;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "department_day_off", joinColumns = @JoinColumn(name = "department"))
    private List<DayOff> daysOff = new ArrayList<>();

    @Version
    private long version;

    protected DepartmentCalendar() {
        // for JPA
    }

    public DepartmentCalendar(String department, BusinessCalendar calendar) {
        this.department = department;
        define(calendar);
    }

    /** Replaces the zone, the working hours and the days off. */
    public void define(BusinessCalendar calendar) {
        this.zone = calendar.zone().getId();
        this.week = format(calendar.week());
        this.daysOff = new ArrayList<>(calendar.extraDaysOff().stream().map(DayOff::new).toList());
    }

    /** Adds a day off (a state or city holiday, a closure); a second entry for the same date replaces it. */
    public void addDayOff(Holiday holiday) {
        define(toBusinessCalendar().withDayOff(holiday));
    }

    public BusinessCalendar toBusinessCalendar() {
        return new BusinessCalendar(ZoneId.of(zone), parse(week), daysOff.stream().map(DayOff::toHoliday).toList());
    }

    public String department() {
        return department;
    }

    static String format(Map<DayOfWeek, WorkingHours> week) {
        return week.entrySet().stream()
                .map(e -> e.getKey().name().substring(0, 3) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** Parses {@code MON 08:00-18:00, SAT 09:00-13:00}. */
    public static Map<DayOfWeek, WorkingHours> parse(String week) {
        Map<DayOfWeek, WorkingHours> hours = new EnumMap<>(DayOfWeek.class);
        for (String entry : week.split(",")) {
            String[] parts = entry.strip().split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("a working day looks like MON 08:00-18:00, not " + entry);
            }
            hours.put(dayOf(parts[0]), WorkingHours.parse(parts[1]));
        }
        return hours;
    }

    private static DayOfWeek dayOf(String abbreviation) {
        String a = abbreviation.toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(a) && a.length() >= 3) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a weekday: " + abbreviation);
    }

    /** Days off on or after the date, for listing. */
    public List<Holiday> daysOffFrom(LocalDate from) {
        return daysOff.stream().map(DayOff::toHoliday).filter(h -> !h.date().isBefore(from)).toList();
    }
}

package org.triagem.domain.model.department;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When a department works: hours per weekday in its time zone, minus the Brazilian national holidays and
 * its own extra days off. SLA clocks count business minutes on it. Immutable.
 *
 * <p>Results keep the offset of the zone at that instant, so a due time reads as local time in the API.
 */
public final class BusinessCalendar implements TimeMeasure {

    public static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    /** A search for working time that finds none in ten years means a calendar without working days. */
    private static final int MAX_DAYS_SCANNED = 3660;

    private final ZoneId zone;
    private final Map<DayOfWeek, WorkingHours> week;
    private final Map<LocalDate, Holiday> holidays;
    private final Map<Integer, Map<LocalDate, String>> nationalByYear = new ConcurrentHashMap<>();

    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, WorkingHours> week, Iterable<Holiday> extraDaysOff) {
        this.zone = Objects.requireNonNull(zone, "zone");
        if (week.isEmpty()) {
            throw new IllegalArgumentException("a business calendar needs at least one working day");
        }
        this.week = Collections.unmodifiableMap(new EnumMap<>(week));
        Map<LocalDate, Holiday> days = new TreeMap<>();
        extraDaysOff.forEach(h -> days.put(h.date(), h));
        this.holidays = Collections.unmodifiableMap(days);
    }

    /** Monday to Friday, 08:00 to 18:00 in São Paulo, national holidays off: the default SAC calendar. */
    public static BusinessCalendar standard() {
        Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}) {
            week.put(d, new WorkingHours(LocalTime.of(8, 0), LocalTime.of(18, 0)));
        }
        return new BusinessCalendar(SAO_PAULO, week, java.util.List.of());
    }

    /** A copy with one more day off. */
    public BusinessCalendar withDayOff(Holiday holiday) {
        Map<LocalDate, Holiday> days = new TreeMap<>(holidays);
        days.put(holiday.date(), holiday);
        return new BusinessCalendar(zone, week, days.values());
    }

    /** True when the department works on that date at all. */
    public boolean isWorkingDay(LocalDate date) {
        return hoursOn(date) != null;
    }

    /** The name of the holiday on that date (national or the department's own), or null. */
    public String holidayOn(LocalDate date) {
        Holiday own = holidays.get(date);
        if (own != null) {
            return own.name();
        }
        return national(date.getYear()).get(date);
    }

    private WorkingHours hoursOn(LocalDate date) {
        WorkingHours hours = week.get(date.getDayOfWeek());
        return hours == null || holidayOn(date) != null ? null : hours;
    }

    private Map<LocalDate, String> national(int year) {
        return nationalByYear.computeIfAbsent(year, BrazilianHolidays::of);
    }

    @Override
    public OffsetDateTime plus(OffsetDateTime from, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("cannot add negative business minutes");
        }
        if (minutes == 0) {
            return from;
        }
        long seconds = minutes * 60;
        LocalDateTime t = local(from);
        for (int scanned = 0; scanned < MAX_DAYS_SCANNED; scanned++) {
            LocalDate day = t.toLocalDate();
            WorkingHours hours = hoursOn(day);
            if (hours != null) {
                LocalDateTime open = day.atTime(hours.start());
                LocalDateTime close = day.atTime(hours.end());
                LocalDateTime begin = t.isAfter(open) ? t : open;
                if (begin.isBefore(close)) {
                    long available = Duration.between(begin, close).toSeconds();
                    if (seconds <= available) {
                        return offset(begin.plusSeconds(seconds));
                    }
                    seconds -= available;
                }
            }
            t = day.plusDays(1).atStartOfDay();
        }
        throw new IllegalStateException("no working time in " + MAX_DAYS_SCANNED + " days");
    }

    @Override
    public long minutesBetween(OffsetDateTime from, OffsetDateTime to) {
        if (to.isBefore(from)) {
            return -minutesBetween(to, from);
        }
        LocalDateTime a = local(from);
        LocalDateTime b = local(to);
        long seconds = 0;
        for (LocalDate day = a.toLocalDate(); !day.isAfter(b.toLocalDate()); day = day.plusDays(1)) {
            WorkingHours hours = hoursOn(day);
            if (hours == null) {
                continue;
            }
            LocalDateTime open = max(day.atTime(hours.start()), a);
            LocalDateTime close = min(day.atTime(hours.end()), b);
            if (open.isBefore(close)) {
                seconds += Duration.between(open, close).toSeconds();
            }
        }
        return seconds / 60;
    }

    private LocalDateTime local(OffsetDateTime t) {
        return t.atZoneSameInstant(zone).toLocalDateTime();
    }

    private OffsetDateTime offset(LocalDateTime t) {
        return t.atZone(zone).toOffsetDateTime();
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Working hours by weekday, Monday first; days without hours are days off. */
    public Map<DayOfWeek, WorkingHours> week() {
        return new LinkedHashMap<>(week);
    }

    /** The department's own days off, by date (the national holidays are not listed). */
    public java.util.Collection<Holiday> extraDaysOff() {
        return holidays.values();
    }
}

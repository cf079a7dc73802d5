package org.triagem.interfaces.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.triagem.domain.model.complaint.CaseFilter;
import org.triagem.domain.model.complaint.Channel;

/**
 * The case list's filters on where cases came from and when: {@code channel}, {@code category} and the
 * opening days {@code openedFrom}/{@code openedTo} (both inclusive, days in the desk's time zone, as the
 * KPI report counts them), so that a click on a dashboard chart lists exactly the cases of its bar.
 * A value that cannot be read is refused (400) rather than silently matching nothing.
 */
record CaseOrigin(Set<Channel> channels, Set<String> categories, CaseFilter.OpenedWithin opened) {

    /** Reads the query parameters (each may be null); throws a 400 problem naming every bad field. */
    static CaseOrigin parse(String channel, String category, String openedFrom, String openedTo, ZoneId desk) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<Channel> channels = channels(channel, errors);
        LocalDate first = day("openedFrom", openedFrom, errors);
        LocalDate last = day("openedTo", openedTo, errors);
        if (first != null && last != null && last.isBefore(first)) {
            errors.add(new Problem.FieldError("openedTo", "is before openedFrom"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of("invalid-input", "Invalid input", 400, "Please correct: "
                    + errors.stream().map(Problem.FieldError::field).collect(Collectors.joining(", ")))
                    .withErrors(errors));
        }
        return new CaseOrigin(channels, csv(category), new CaseFilter.OpenedWithin(
                first == null ? null : first.atStartOfDay(desk).toOffsetDateTime(),
                last == null ? null : dayAfter(last, desk)));
    }

    /** The start of the next day: a day ends there, whatever its length (DST days have 23 or 25 hours). */
    private static OffsetDateTime dayAfter(LocalDate day, ZoneId desk) {
        return day.plusDays(1).atStartOfDay(desk).toOffsetDateTime();
    }

    private static Set<Channel> channels(String csv, List<Problem.FieldError> errors) {
        Set<Channel> found = EnumSet.noneOf(Channel.class);
        for (String name : csv(csv)) {
            try {
                found.add(Channel.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("channel", "must be among " + Arrays.stream(Channel.values())
                        .map(Enum::name).collect(Collectors.joining(", "))));
                return Set.of();
            }
        }
        return found;
    }

    private static LocalDate day(String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "must be a date, yyyy-mm-dd"));
            return null;
        }
    }

    private static Set<String> csv(String values) {
        if (values == null || values.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(values.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}

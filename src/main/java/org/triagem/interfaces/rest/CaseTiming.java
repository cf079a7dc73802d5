package org.triagem.interfaces.rest;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.triagem.domain.model.complaint.CaseFilter;

/**
 * The case list's filters on time as it passes: {@code due} ({@code breached}: a running SLA clock is
 * past its due time; {@code within}: none is, and the nearest falls due within {@code hours}, 24 when
 * not given) and {@code openedSince} (an instant: the staff queue counts the cases that arrived since it
 * last looked). Read at the request's {@code now}; a value that cannot be read is a 400 naming the field.
 */
record CaseTiming(CaseFilter.Due due, OffsetDateTime openedSince) {

    static final int DEFAULT_HOURS = 24;
    static final int MAX_HOURS = 24 * 366;

    /** Reads the query parameters (each may be null); throws a 400 problem naming every bad field. */
    static CaseTiming parse(String due, String hours, String openedSince, OffsetDateTime now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Integer window = hours(hours, errors);
        OffsetDateTime since = instant(openedSince, errors);
        CaseFilter.Due criterion = switch (due == null ? "" : due.strip().toLowerCase(Locale.ROOT)) {
            case "", "any" -> CaseFilter.Due.ANY;
            case "breached" -> CaseFilter.Due.breachedAt(now);
            case "within" -> CaseFilter.Due.within(Duration.ofHours(window == null ? DEFAULT_HOURS : window), now);
            default -> {
                errors.add(new Problem.FieldError("due", "must be breached or within"));
                yield CaseFilter.Due.ANY;
            }
        };
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of("invalid-input", "Invalid input", 400, "Please correct: "
                    + errors.stream().map(Problem.FieldError::field).collect(Collectors.joining(", ")))
                    .withErrors(errors));
        }
        return new CaseTiming(criterion, since);
    }

    private static Integer hours(String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= MAX_HOURS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, as for a number out of range
        }
        errors.add(new Problem.FieldError("hours", "must be a whole number of hours from 1 to " + MAX_HOURS));
        return null;
    }

    private static OffsetDateTime instant(String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError("openedSince",
                    "must be a date-time with its offset, e.g. 2026-03-02T12:00:00Z"));
            return null;
        }
    }
}

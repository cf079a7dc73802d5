package org.triagem.infrastructure.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.triagem.domain.model.complaint.CallFacts;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.ComplaintFacts;
import org.triagem.domain.model.routing.CustomerFacts;
import org.triagem.domain.model.routing.Decision;

/**
 * One row of a scenario file: a sample complaint and the outcome it must get. The columns are named in
 * the header row, so analysts may reorder them or leave optional ones out; an empty expected cell is
 * not checked.
 */
final class Scenario {

    /** The columns that describe the sample complaint. Only {@code channel} is required. */
    static final List<String> INPUT_COLUMNS = List.of("name", "channel", "subject", "description",
            "category_hint", "ivr_choice", "earlier_open_cases", "segment", "customer_identified",
            "minutes_since_open_case", "call_dropped", "callback_requested");

    /** The columns that state the expected outcome, and how to read each from a decision. */
    static final Map<String, Function<Decision, String>> EXPECTATIONS = expectationReaders();

    private final Map<String, String> cells;

    Scenario(Map<String, String> cells) {
        this.cells = cells;
    }

    static boolean isKnownColumn(String column) {
        return INPUT_COLUMNS.contains(column) || EXPECTATIONS.containsKey(column);
    }

    /** @throws InvalidCell naming the column when a cell cannot be read */
    Complaint complaint() {
        return facts().complaint();
    }

    /** The sample complaint, one input column to one field; an empty cell is an absent value. */
    ComplaintFacts facts() {
        CallFacts call = new CallFacts(cell("ivr_choice"), yes(cell("call_dropped")), yes(cell("callback_requested")));
        CustomerFacts customer = new CustomerFacts(yes(cell("customer_identified")), earlierOpenCases(),
                minutesSinceOpenCase(), cell("segment"));
        return new ComplaintFacts(channel(), cell("subject"), cell("description"), cell("category_hint"), call,
                customer);
    }

    /** The expected value of every filled-in expectation column, in column order. */
    Map<String, String> expectations() {
        Map<String, String> expected = new LinkedHashMap<>();
        cells.forEach((column, value) -> {
            if (EXPECTATIONS.containsKey(column) && !value.isBlank()) {
                expected.put(column, value.strip());
            }
        });
        return expected;
    }

    private Channel channel() {
        String value = cell("channel").strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            return Channel.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidCell("channel", "one of " + Arrays.toString(Channel.values()), cell("channel"));
        }
    }

    private int earlierOpenCases() {
        String value = cell("earlier_open_cases").strip();
        if (value.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidCell("earlier_open_cases", "a whole number", value);
        }
    }

    private Integer minutesSinceOpenCase() {
        String value = cell("minutes_since_open_case").strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidCell("minutes_since_open_case", "a whole number of minutes", value);
        }
    }

    static boolean yes(String value) {
        return Set.of("sim", "s", "true", "yes", "1", "x").contains(value.strip().toLowerCase(Locale.ROOT));
    }

    private String cell(String column) {
        return cells.getOrDefault(column, "");
    }

    private static Map<String, Function<Decision, String>> expectationReaders() {
        Map<String, Function<Decision, String>> m = new LinkedHashMap<>();
        m.put("expected_category", Decision::getCategory);
        m.put("expected_department", Decision::getDepartment);
        m.put("expected_priority", d -> d.getPriority() == null ? null : d.getPriority().name());
        m.put("expected_first_response_minutes",
                d -> d.getSlaTargets() == null ? null : String.valueOf(d.getSlaTargets().firstResponseMinutes()));
        m.put("expected_resolution_minutes",
                d -> d.getSlaTargets() == null ? null : String.valueOf(d.getSlaTargets().resolutionMinutes()));
        m.put("expected_legal_days",
                d -> d.getSlaTargets() == null ? null : String.valueOf(d.getSlaTargets().legalDays()));
        // Tags are checked as "at least these": a scenario need not list every tag a complaint gets.
        m.put("expected_tags", d -> String.join(", ", d.getTags()));
        return Collections.unmodifiableMap(m);
    }

    /** Whether the actual value satisfies the expectation for that column. */
    static boolean satisfies(String column, String expected, String actual) {
        if (actual == null) {
            return false;
        }
        if (column.equals("expected_tags")) {
            Set<String> got = Arrays.stream(actual.split(",")).map(String::strip).collect(Collectors.toSet());
            return Arrays.stream(expected.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                    .allMatch(got::contains);
        }
        return expected.equals(actual.strip());
    }

    /** A cell that cannot be read: reported as a scenario failure, not thrown past the runner. */
    static final class InvalidCell extends RuntimeException {

        final String column;
        final String expected;
        final String actual;

        InvalidCell(String column, String expected, String actual) {
            super(column + ": expected " + expected + ", found " + actual);
            this.column = column;
            this.expected = expected;
            this.actual = actual;
        }
    }
}

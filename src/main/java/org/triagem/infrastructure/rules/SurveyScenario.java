package org.triagem.infrastructure.rules;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.routing.ResolvedCase;
import org.triagem.domain.model.routing.SurveyDecision;

/**
 * One row of a survey scenario file: a resolved case and whether it must get a survey, and which
 * questions. A scenario file is a survey file when its header has a {@code resolution_code} column.
 *
 * <pre>
 * name,channel,department,category,resolution_code,root_cause,days_since_nps,sample,expected_survey,expected_kinds
 * </pre>
 *
 * {@code days_since_nps} empty means never offered; {@code sample} empty means 0; {@code expected_kinds}
 * lists exactly the questions, comma-separated ("CSAT, CES, NPS"), in any order.
 */
final class SurveyScenario {

    static final String MARKER_COLUMN = "resolution_code";
    static final List<String> COLUMNS = List.of("name", "channel", "department", "category", MARKER_COLUMN,
            "root_cause", "days_since_nps", "sample", "expected_survey", "expected_kinds");

    private final Map<String, String> cells;

    SurveyScenario(Map<String, String> cells) {
        this.cells = new LinkedHashMap<>(cells);
    }

    static boolean isSurveyFile(List<String> columns) {
        return columns.contains(MARKER_COLUMN);
    }

    ResolvedCase resolvedCase() {
        Channel channel;
        try {
            channel = Channel.valueOf(cell("channel").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Scenario.InvalidCell("channel", "WEB_FORM, EMAIL or PHONE", cell("channel"));
        }
        return new ResolvedCase(channel, cell("department").strip(), blankToNull(cell("category")),
                cell(MARKER_COLUMN).strip(), blankToNull(cell("root_cause")), number("days_since_nps", 0, 100_000),
                cell("sample").isBlank() ? 0 : number("sample", 0, 99));
    }

    /** Each expectation the row states, with what the decision gave. */
    Map<String, String[]> compare(SurveyDecision decision) {
        Map<String, String[]> mismatches = new LinkedHashMap<>();
        String survey = cell("expected_survey").strip();
        if (!survey.isEmpty()) {
            String actual = decision.surveys() ? "sim" : "não";
            if (Scenario.yes(survey) != decision.surveys()) {
                mismatches.put("expected_survey", new String[] {survey, actual});
            }
        }
        String kinds = cell("expected_kinds").strip();
        if (!kinds.isEmpty()) {
            Set<String> expected = Arrays.stream(kinds.split(",")).map(k -> k.strip().toUpperCase(Locale.ROOT))
                    .filter(k -> !k.isEmpty()).collect(Collectors.toSet());
            Set<String> actual = decision.getKinds().stream().map(Enum::name).collect(Collectors.toSet());
            if (!expected.equals(actual)) {
                mismatches.put("expected_kinds", new String[] {kinds, String.join(", ", actual)});
            }
        }
        return mismatches;
    }

    private Integer number(String column, int min, int max) {
        String value = cell(column).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Scenario.InvalidCell(column, "a whole number from " + min + " to " + max, value);
        }
    }

    private String cell(String column) {
        return cells.getOrDefault(column, "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

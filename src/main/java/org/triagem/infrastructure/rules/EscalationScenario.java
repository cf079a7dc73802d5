package org.triagem.infrastructure.rules;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.routing.Checkpoint;
import org.triagem.domain.model.routing.CheckpointClock;
import org.triagem.domain.model.routing.EscalationDecision;

/**
 * One row of an escalation scenario file: an SLA checkpoint come due, and what the {@code escalation}
 * rules must do about it. A scenario file is an escalation file when its header has a {@code clock}
 * column.
 *
 * <pre>
 * name,clock,percent_elapsed,department,priority,escalation_level,expected_notify_supervisor,expected_priority,expected_department
 * </pre>
 *
 * {@code clock} is {@code FIRST_RESPONSE}, {@code RESOLUTION} or {@code LEGAL} (or in Portuguese:
 * primeira resposta, resolução, legal); {@code escalation_level} empty means never escalated. The
 * expectations are what the case has after the checkpoint: whether the supervisor is told ({@code sim} or
 * {@code não}), its priority and its department (unchanged when no rule moved it). An empty expectation
 * is not checked.
 */
final class EscalationScenario {

    static final String MARKER_COLUMN = "clock";
    static final List<String> COLUMNS = List.of("name", MARKER_COLUMN, "percent_elapsed", "department", "priority",
            "escalation_level", "expected_notify_supervisor", "expected_priority", "expected_department");
    private static final Map<String, CheckpointClock> CLOCKS = Map.of(
            "first_response", CheckpointClock.FIRST_RESPONSE, "primeira resposta", CheckpointClock.FIRST_RESPONSE,
            "primeira_resposta", CheckpointClock.FIRST_RESPONSE, "resolution", CheckpointClock.RESOLUTION,
            "resolucao", CheckpointClock.RESOLUTION, "legal", CheckpointClock.LEGAL,
            "prazo legal", CheckpointClock.LEGAL);

    private final Map<String, String> cells;

    EscalationScenario(Map<String, String> cells) {
        this.cells = new LinkedHashMap<>(cells);
    }

    static boolean isEscalationFile(List<String> columns) {
        return columns.contains(MARKER_COLUMN);
    }

    /** @throws Scenario.InvalidCell naming the column when a cell cannot be read */
    Checkpoint checkpoint() {
        return new Checkpoint(clock(), number("percent_elapsed", 0, 10_000), cell("department").strip(),
                priority("priority"), cell("escalation_level").isBlank() ? 0 : number("escalation_level", 0, 100));
    }

    /** Each expectation the row states that the decision does not meet, with what the decision gave. */
    Map<String, String[]> compare(Checkpoint checkpoint, EscalationDecision decision) {
        Map<String, String[]> mismatches = new LinkedHashMap<>();
        String notify = cell("expected_notify_supervisor").strip();
        if (!notify.isEmpty() && Scenario.yes(notify) != decision.isSupervisorNotified()) {
            mismatches.put("expected_notify_supervisor", new String[] {notify,
                    decision.isSupervisorNotified() ? "sim" : "não"});
        }
        String priority = cell("expected_priority").strip();
        Priority after = decision.getNewPriority() == null ? checkpoint.getPriority() : decision.getNewPriority();
        if (!priority.isEmpty() && priority("expected_priority") != after) {
            mismatches.put("expected_priority", new String[] {priority, after.name()});
        }
        String department = cell("expected_department").strip();
        String moved = decision.getNewDepartment() == null ? checkpoint.getDepartment() : decision.getNewDepartment();
        if (!department.isEmpty() && !fold(department).equals(fold(moved))) {
            mismatches.put("expected_department", new String[] {department, moved});
        }
        return mismatches;
    }

    private CheckpointClock clock() {
        String value = cell(MARKER_COLUMN).strip();
        CheckpointClock clock = CLOCKS.get(fold(value).replace('-', '_'));
        if (clock == null) {
            throw new Scenario.InvalidCell(MARKER_COLUMN, "FIRST_RESPONSE, RESOLUTION or LEGAL", value);
        }
        return clock;
    }

    private Priority priority(String column) {
        String value = cell(column).strip();
        try {
            return Priority.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Scenario.InvalidCell(column, "P1, P2, P3 or P4", value);
        }
    }

    private int number(String column, int min, int max) {
        String value = cell(column).strip();
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

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").strip()
                .toLowerCase(Locale.ROOT);
    }
}

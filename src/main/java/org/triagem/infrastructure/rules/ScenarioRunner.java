package org.triagem.infrastructure.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.triagem.domain.model.routing.Decision;

/**
 * Runs the sample complaints in {@code scenarios/*.csv} of a rules tree through a compiled rule set and
 * lists every disagreement. A rule-set version may only become active when this list is empty, so a
 * change to one table cannot silently break a case another analyst relied on.
 *
 * <p>Unreadable rows, unknown columns (usually a typo in an expectation's name) and rules that fail
 * while deciding are failures too: a gate that skips what it cannot read lets anything through.
 */
public final class ScenarioRunner {

    static final String SCENARIO_FOLDER = "scenarios";
    private static final String RULES_FIELD = "(rules)";

    /** Runs every scenario file under {@code rulesRoot/scenarios}; an absent folder has no failures. */
    public List<ScenarioFailure> run(Path rulesRoot, CompiledRuleSet rules) {
        Path folder = rulesRoot.resolve(SCENARIO_FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<ScenarioFailure> failures = new ArrayList<>();
        for (Path file : scenarioFiles(folder)) {
            String name = SCENARIO_FOLDER + "/" + file.getFileName();
            failures.addAll(runFile(name, read(file), rules));
        }
        return failures;
    }

    /** Runs one scenario file's text; {@code fileName} only labels the failures. */
    public List<ScenarioFailure> runFile(String fileName, String csv, CompiledRuleSet rules) {
        List<CsvRecords.CsvRecord> records = CsvRecords.parse(csv).stream().filter(r -> !r.isBlank()).toList();
        if (records.isEmpty()) {
            return List.of();
        }
        CsvRecords.CsvRecord header = records.get(0);
        List<String> columns = header.fields().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        if (SurveyScenario.isSurveyFile(columns)) {
            return runSurveyFile(fileName, header.line(), columns, records.subList(1, records.size()), rules);
        }
        if (EscalationScenario.isEscalationFile(columns)) {
            return runEscalationFile(fileName, header.line(), columns, records.subList(1, records.size()), rules);
        }
        List<ScenarioFailure> failures = new ArrayList<>(headerProblems(fileName, header.line(), columns));
        if (!failures.isEmpty()) {
            return failures;
        }
        for (CsvRecords.CsvRecord row : records.subList(1, records.size())) {
            failures.addAll(runRow(fileName, row, cellsByColumn(columns, row.fields()), rules));
        }
        return failures;
    }

    private static List<ScenarioFailure> headerProblems(String file, int line, List<String> columns) {
        List<ScenarioFailure> problems = new ArrayList<>();
        for (String column : columns) {
            if (!column.isEmpty() && !Scenario.isKnownColumn(column)) {
                problems.add(new ScenarioFailure(file, line, "(header)", "a known column", column));
            }
        }
        if (!columns.contains("channel")) {
            problems.add(new ScenarioFailure(file, line, "(header)", "a channel column", String.join(",", columns)));
        }
        return problems;
    }

    private static Map<String, String> cellsByColumn(List<String> columns, List<String> fields) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.put(columns.get(i), i < fields.size() ? fields.get(i) : "");
        }
        return cells;
    }

    private static List<ScenarioFailure> runRow(String file, CsvRecords.CsvRecord row, Map<String, String> cells,
            CompiledRuleSet rules) {
        Scenario scenario = new Scenario(cells);
        Decision decision;
        try {
            decision = rules.evaluate(scenario.complaint()).decision();
        } catch (Scenario.InvalidCell e) {
            return List.of(new ScenarioFailure(file, row.line(), e.column, e.expected, e.actual));
        } catch (RuntimeException e) {
            return List.of(new ScenarioFailure(file, row.line(), RULES_FIELD, "a decision", String.valueOf(e.getMessage())));
        }
        List<ScenarioFailure> failures = new ArrayList<>();
        scenario.expectations().forEach((column, expected) -> {
            String actual = Scenario.EXPECTATIONS.get(column).apply(decision);
            if (!Scenario.satisfies(column, expected, actual)) {
                failures.add(new ScenarioFailure(file, row.line(), column, expected, actual));
            }
        });
        return failures;
    }

    /** A file of resolved cases for the {@code survey} rules (see {@link SurveyScenario}). */
    private static List<ScenarioFailure> runSurveyFile(String file, int headerLine, List<String> columns,
            List<CsvRecords.CsvRecord> rows, CompiledRuleSet rules) {
        List<ScenarioFailure> failures = new ArrayList<>();
        for (String column : columns) {
            if (!column.isEmpty() && !SurveyScenario.COLUMNS.contains(column)) {
                failures.add(new ScenarioFailure(file, headerLine, "(header)", "a known column", column));
            }
        }
        if (!failures.isEmpty()) {
            return failures;
        }
        for (CsvRecords.CsvRecord row : rows) {
            SurveyScenario scenario = new SurveyScenario(cellsByColumn(columns, row.fields()));
            try {
                scenario.compare(rules.survey(scenario.resolvedCase()).decision()).forEach((column, values) ->
                        failures.add(new ScenarioFailure(file, row.line(), column, values[0], values[1])));
            } catch (Scenario.InvalidCell e) {
                failures.add(new ScenarioFailure(file, row.line(), e.column, e.expected, e.actual));
            } catch (RuntimeException e) {
                failures.add(new ScenarioFailure(file, row.line(), RULES_FIELD, "a decision",
                        String.valueOf(e.getMessage())));
            }
        }
        return failures;
    }

    /** A file of due SLA checkpoints for the {@code escalation} rules (see {@link EscalationScenario}). */
    private static List<ScenarioFailure> runEscalationFile(String file, int headerLine, List<String> columns,
            List<CsvRecords.CsvRecord> rows, CompiledRuleSet rules) {
        List<ScenarioFailure> failures = new ArrayList<>();
        for (String column : columns) {
            if (!column.isEmpty() && !EscalationScenario.COLUMNS.contains(column)) {
                failures.add(new ScenarioFailure(file, headerLine, "(header)", "a known column", column));
            }
        }
        if (!failures.isEmpty()) {
            return failures;
        }
        for (CsvRecords.CsvRecord row : rows) {
            EscalationScenario scenario = new EscalationScenario(cellsByColumn(columns, row.fields()));
            try {
                var checkpoint = scenario.checkpoint();
                scenario.compare(checkpoint, rules.escalate(checkpoint).decision()).forEach((column, values) ->
                        failures.add(new ScenarioFailure(file, row.line(), column, values[0], values[1])));
            } catch (Scenario.InvalidCell e) {
                failures.add(new ScenarioFailure(file, row.line(), e.column, e.expected, e.actual));
            } catch (RuntimeException e) {
                failures.add(new ScenarioFailure(file, row.line(), RULES_FIELD, "a decision",
                        String.valueOf(e.getMessage())));
            }
        }
        return failures;
    }

    private static List<Path> scenarioFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list scenarios in " + folder, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario file " + file, e);
        }
    }
}

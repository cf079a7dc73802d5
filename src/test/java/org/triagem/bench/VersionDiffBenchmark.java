package org.triagem.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.triagem.domain.model.ruleset.content.RawSheet;
import org.triagem.domain.model.ruleset.content.RuleFileContent;
import org.triagem.domain.model.ruleset.content.TableModel;
import org.triagem.domain.model.ruleset.content.VersionComparison;
import org.triagem.domain.model.ruleset.content.VersionDiff;

/**
 * Comparing two versions of one ownership-shaped decision table of {@code rows} rules, in which ten
 * scattered rows have one cell changed, one row is removed and one added: the work behind
 * {@code GET /api/rulesets/{a}/diff/{b}} once the files are read. {@code rewritten} changes every row,
 * the worst case for the row alignment.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class VersionDiffBenchmark {

    private static final String PATH = "ownership/ownership.drl.csv";

    @Param({"100", "1000", "5000"})
    public int rows;

    @Param({"false", "true"})
    public boolean rewritten;

    private Map<String, RuleFileContent> older;
    private Map<String, RuleFileContent> newer;

    @Setup
    public void tables() {
        List<List<String>> a = header();
        List<List<String>> b = header();
        for (int i = 0; i < rows; i++) {
            List<String> rule = List.of("Regra " + i, "etiqueta-" + i, "", "", "Departamento " + (i % 12));
            a.add(rule);
            boolean changed = rewritten || (i % Math.max(1, rows / 10) == 0);
            if (i == rows / 2) {
                continue; // removed
            }
            b.add(changed ? List.of(rule.get(0), rule.get(1), "", "", "Ouvidoria") : rule);
        }
        b.add(List.of("Regra nova", "etiqueta-nova", "", "", "Atendimento"));
        older = Map.of(PATH, table(a));
        newer = Map.of(PATH, table(b));
        if (compare().changed().isEmpty()) {
            throw new IllegalStateException("the tables should differ");
        }
    }

    private static List<List<String>> header() {
        return new ArrayList<>(List.of(List.of("RuleSet", "ownership"), List.of(""),
                List.of("RuleTable Ownership"), List.of("NAME", "CONDITION", "CONDITION", "CONDITION", "ACTION"),
                List.of("", "Decision", "Decision", "Complaint", ""),
                List.of("", "hasTag(\"$param\")", "category == \"$param\"", "earlierOpenCases >= $param",
                        "decision.assignTo(\"$param\");"),
                List.of("Regra", "Etiqueta", "Categoria", "Casos abertos", "Departamento")));
    }

    private static RuleFileContent table(List<List<String>> cells) {
        byte[] bytes = cells.toString().getBytes(StandardCharsets.UTF_8);
        return RuleFileContent.table(PATH, bytes, TableModel.decisionTable(List.of(new RawSheet("", cells))));
    }

    @Benchmark
    public VersionDiff compare() {
        return VersionComparison.compare(1, older, 2, newer);
    }
}

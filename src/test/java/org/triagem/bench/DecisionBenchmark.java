package org.triagem.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.triagem.domain.model.routing.Decision;
import org.triagem.infrastructure.rules.CompiledRuleSet;
import org.triagem.infrastructure.rules.RuleSetCompiler;

/**
 * One intake decision (classification, ownership, priority, sla) through {@link CompiledRuleSet#evaluate},
 * against a generated ownership table of {@code rows} keyword rows. Sample time, so the report carries
 * percentiles as well as the mean. Short runs: the machine has two cores and is shared with other builds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DecisionBenchmark {

    /** Complaints cycled through, a power of two so the index wraps with a mask. */
    private static final int SAMPLES = 1024;
    /** Enough to prove the table decides right, few enough to keep a 10,000-row MENTIONS setup short. */
    private static final int CHECKED = 32;

    @Param({"10", "100", "1000", "10000"})
    public int rows;

    @Param({"MENTIONS", "MENTION_FACT"})
    public KeywordCondition condition;

    /** The whole intake decision, or the generated table alone (the same work as the baseline loop). */
    @Param({"FULL_DECISION", "TABLE_ONLY"})
    public GeneratedRuleTree.Scope scope;

    /**
     * The generated table's {@code Dialect}: {@code java} compiles each row's action into a class of its
     * own, which at 1,000 rows runs so rarely that it stays interpreted; {@code mvel} is what
     * {@code docs/rules.md} tells analysts to write in large tables.
     */
    @Param({"java", "mvel"})
    public String dialect;

    private CompiledRuleSet rules;
    private List<KeywordTable.Sample> samples;
    private int next;

    @Setup(Level.Trial)
    public void compileTable() {
        KeywordTable table = KeywordTable.ofSize(rows);
        rules = new RuleSetCompiler().compile(GeneratedRuleTree.write(table, condition, scope, dialect));
        samples = table.samples(SAMPLES);
        // A table that decides wrong would be measured happily: check it first.
        for (KeywordTable.Sample sample : samples.subList(0, CHECKED)) {
            String department = rules.evaluate(sample.complaint()).decision().getDepartment();
            if (!sample.expectedDepartment().equals(department)) {
                throw new IllegalStateException(condition + " table of " + rows + " rows sent "
                        + sample.complaint().getWords() + " to " + department + ", expected "
                        + sample.expectedDepartment());
            }
        }
    }

    @Benchmark
    public Decision decide() {
        KeywordTable.Sample sample = samples.get(next++ & (SAMPLES - 1));
        return rules.evaluate(sample.complaint()).decision();
    }
}

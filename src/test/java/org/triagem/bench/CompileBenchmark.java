package org.triagem.bench;

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
import org.triagem.infrastructure.rules.RuleSetCompiler;
import org.triagem.infrastructure.rules.RuleSetFiles;

/**
 * How long a new rule-set version takes from files to its first decision: {@link RuleSetCompiler#compile}
 * plus one evaluation, since Drools finishes some work lazily on first use. Cold is the first build in
 * a fresh JVM (a server start); warm is a later build in a JVM that has built before (an analyst
 * publishing a new version). Single shots: each build is seconds long, so there is nothing to average
 * inside one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CompileBenchmark {

    @Param({"1000"})
    public int rows;

    @Param({"MENTION_FACT"})
    public KeywordCondition condition;

    /** How the table's actions are compiled: {@code java} (a class per row) or {@code mvel}. */
    @Param({"java", "mvel"})
    public String dialect;

    private RuleSetFiles tree;
    private TokenisedComplaint complaint;

    @Setup(Level.Trial)
    public void writeTree() {
        KeywordTable table = KeywordTable.ofSize(rows);
        tree = GeneratedRuleTree.write(table, condition, GeneratedRuleTree.Scope.FULL_DECISION, dialect);
        complaint = table.samples(1).get(0).complaint();
    }

    /** One build per fresh JVM: three forks give three cold figures. */
    @Benchmark
    @Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public String cold() {
        return compileAndDecide();
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public String warm() {
        return compileAndDecide();
    }

    private String compileAndDecide() {
        return new RuleSetCompiler().compile(tree).evaluate(complaint).decision().getDepartment();
    }
}

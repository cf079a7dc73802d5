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

/**
 * The plain-Java baseline for {@link DecisionBenchmark}: the same keyword list and the same complaints,
 * decided by a first-match loop, with the same run settings so the figures sit side by side.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SequentialBaselineBenchmark {

    private static final int SAMPLES = 1024;

    @Param({"10", "100", "1000", "10000"})
    public int rows;

    private SequentialRouter router;
    private List<KeywordTable.Sample> samples;
    private int next;

    @Setup(Level.Trial)
    public void buildList() {
        KeywordTable table = KeywordTable.ofSize(rows);
        router = new SequentialRouter(table);
        samples = table.samples(SAMPLES);
        for (KeywordTable.Sample sample : samples) {
            if (!sample.expectedDepartment().equals(router.byMentions(sample.complaint()))) {
                throw new IllegalStateException("the baseline loop decides wrong for " + sample.complaint().getWords());
            }
        }
    }

    @Benchmark
    public String mentionsLoop() {
        return router.byMentions(samples.get(next++ & (SAMPLES - 1)).complaint());
    }

    @Benchmark
    public String wordsLoop() {
        return router.byWords(samples.get(next++ & (SAMPLES - 1)).complaint());
    }
}

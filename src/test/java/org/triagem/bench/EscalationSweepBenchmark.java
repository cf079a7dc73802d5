package org.triagem.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.triagem.it.SweepLoad;
import org.triagem.it.node.LibertyNode;

/**
 * Checkpoints applied per second by the escalation sweeper of one Triagem node on PostgreSQL (docs/
 * benchmarks.md, section 7). Starts a node from {@code target/liberty/wlp} on a fresh database beside the
 * given one, then, per run, makes N checkpoints due at once (P1 first responses at 50 %, which the rules
 * escalate: each firing locks, decides, updates the case, records a history entry and marks the row) and
 * times until all have fired, and how long the firings themselves took (first to last {@code fired_at}: the
 * wall time also holds the wait for the node's next poll). Warm-up runs (JIT) come first and are not
 * counted. Prints every run and the medians.
 *
 * <pre>
 * mvn -B -DskipTests verify     # once: installs Liberty, packages the WAR
 * mvn -B -q -o -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp "$(cat target/bench.cp):target/classes:target/test-classes" org.triagem.bench.EscalationSweepBenchmark \
 *     jdbc:postgresql://127.0.0.1:5432/triagem 5000 5 4 3
 * </pre>
 * Arguments: database URL (user {@code postgres}), checkpoints per run, runs, sweeper workers, warm-up runs
 * (default 0). For profiling,
 * {@code -Dbench.jvm.options="-XX:StartFlightRecording=..."} adds lines to the node's {@code jvm.options}
 * (split on spaces), and {@code -Dbench.node.<variable>=<value>} sets or overrides a variable of the node.
 */
public final class EscalationSweepBenchmark {

    private EscalationSweepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/triagem";
        int perRun = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String workers = args.length > 3 ? args[3] : "4";
        int warmups = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        String benchUrl = SweepLoad.recreateDatabase(url, "postgres", "_bench");
        SweepLoad load = new SweepLoad(benchUrl, "postgres");
        LibertyNode.Builder builder = LibertyNode.named("sweep-bench")
                .httpPort(Integer.getInteger("it.sweep.http.port", 9481) + 2)
                .httpsPort(Integer.getInteger("it.sweep.https.port", 9485) + 2)
                .variables(Map.of("triagem.db.url", benchUrl, "triagem.db.user", "postgres",
                        "triagem.db.datasource", "org.postgresql.ds.PGSimpleDataSource",
                        "triagem.escalation.poll.seconds", "1", "triagem.escalation.batch.size", "200",
                        "triagem.escalation.workers", workers, "triagem.mail.enabled", "false"))
                .readyTimeout(Duration.ofMinutes(10));
        for (String option : System.getProperty("bench.jvm.options", "").split(" ")) {
            if (!option.isBlank()) {
                builder.jvmOption(option);
            }
        }
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("bench.node."))
                .forEach(k -> builder.variable(k.substring("bench.node.".length()), System.getProperty(k)));
        try (LibertyNode node = builder.create()) {
            node.startAndAwaitReady();
            List<Double> rates = new ArrayList<>();
            List<Double> applied = new ArrayList<>();
            for (int run = 0; run < warmups + runs; run++) {
                load.seed(run * perRun, perRun);
                long t0 = System.nanoTime();
                // Counting the open rows reads the small partial index; counting the fired ones would scan the
                // whole table 50 times a second, CPU the node and the database then lack.
                while (load.open() > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                // The wall time includes the wait for the node's next poll (up to a second); the span of
                // the firings themselves is the rate at which the node applies them.
                double span = load.firingSeconds(run * perRun, perRun);
                boolean warmup = run < warmups;
                if (!warmup) {
                    rates.add(perRun / seconds);
                    applied.add((perRun - 1) / span);
                }
                System.out.printf("%s %d: %d checkpoints in %.2f s = %.0f/s, applied in %.2f s = %.0f/s"
                        + " (duplicates %d, load %s)%n", warmup ? "warm-up" : "run", warmup ? run + 1 : run - warmups + 1,
                        perRun, seconds, perRun / seconds, span, (perRun - 1) / span, load.escalatedTwice(),
                        loadAverage());
            }
            System.out.printf("median %.0f checkpoints/s over %d runs of %d, %s workers, after %d warm-up runs;"
                    + " applied %.0f checkpoints/s (first to last firing)%n",
                    median(rates), runs, perRun, workers, warmups, median(applied));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String loadAverage() throws java.io.IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    }
}

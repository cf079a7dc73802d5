package org.triagem.it.node;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One more Triagem server, beside the one Arquillian manages, as a separate operating-system process
 * that a test can start, kill with {@code kill -9}, start again and finally remove.
 *
 * <p>A node is a Liberty server of its own, {@code usr/servers/<name>}, in the installation that
 * liberty-maven-plugin prepares before the ITs ({@code target/liberty/wlp}; the JDBC drivers are
 * shared there). It gets a copy of the repository's {@code server.xml}, the packaged WAR
 * ({@code target/triagem.war}) in {@code dropins/}, its own HTTP and HTTPS ports, and its settings
 * as server variables in {@code bootstrap.properties} (plus {@code jvm.options} and {@code
 * server.env} if asked). The rules and routes directories default to the repository's, read from the
 * system properties {@code triagem.rules.dir} and {@code triagem.routes.dir}. Without database
 * variables a node keeps its own embedded H2 file under its server directory, which survives a kill
 * and a restart; see {@link NodeDatabase} to put several nodes on one PostgreSQL.
 *
 * <p>Ports come from system properties so that parallel builds can choose others: node {@code i}
 * listens on {@code it.node.http.port + i} and {@code it.node.https.port + i} (defaults 9095 and
 * 9475). A two-node test with kill -9 reads like this:
 *
 * <pre>{@code
 * NodeDatabase db = NodeDatabase.configured();
 * assumeTrue(db.isShared());
 * try (LibertyNode a = LibertyNode.named("sweep-a").index(0).variables(db.variables()).variable("x", "1").create();
 *      LibertyNode b = LibertyNode.named("sweep-b").index(1).variables(db.variables()).create()) {
 *     a.start();
 *     b.start();
 *     a.awaitReady();
 *     b.awaitReady();
 *     // ... load work through a.baseUri() ...
 *     a.kill();             // SIGKILL: no shutdown hook, no graceful stop
 *     a.startAndAwaitReady();
 *     // ... assert through the API or the database ...
 * }                         // stops the nodes, keeps their logs in target/it-nodes/, removes the servers
 * }</pre>
 *
 * <p>The process is {@code bin/server run <name>}, which replaces its shell with the server's JVM, so
 * the process this class holds is the server itself: {@link #kill()} is a real {@code kill -9}. A
 * {@code -XX:TieredStopAtLevel=1} JVM option (no C2 compiler) saves start-up CPU, which matters when
 * several start at once on a small machine.
 */
public final class LibertyNode implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final String name;
    private final Path wlp;
    private final Path serverDir;
    private final int httpPort;
    private final Duration readyTimeout;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private long startedAtNanos;
    private int runs;

    private LibertyNode(Builder b) {
        this.name = b.name;
        this.wlp = b.wlp.toAbsolutePath();
        this.serverDir = wlp.resolve("usr/servers").resolve(name);
        this.httpPort = b.httpPort;
        this.readyTimeout = b.readyTimeout;
    }

    /**
     * Starts describing a node; {@code name} is also its Liberty server name and directory. It must not
     * contain the Arquillian server's name ({@code triagem-it}): the Arquillian adapter takes any JVM on
     * the machine whose command line names its server for that server, already running, and refuses to
     * start.
     */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** Launches the server process and returns at once; see {@link #awaitReady()}. */
    public synchronized void start() {
        if (isRunning()) {
            throw new IllegalStateException(name + " is already running");
        }
        ProcessBuilder pb = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", name)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(serverDir.resolve("logs/console-run.log").toFile()));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        try {
            Files.createDirectories(serverDir.resolve("logs"));
            startedAtNanos = System.nanoTime();
            process = pb.start();
            runs++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /**
     * Waits until {@code /health/ready} answers 200 (rules compiled, routes running) and returns how
     * long it took since {@link #start()}. Fails at once, with the end of the log, if the process dies.
     */
    public Duration awaitReady() {
        URI ready = baseUri().resolve("health/ready");
        await("node " + name + " ready").atMost(readyTimeout).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!isRunning()) {
                        throw new IllegalStateException(name + " exited with " + process.exitValue()
                                + " before it was ready:\n" + logTail(40));
                    }
                    return status(ready) == 200;
                });
        return Duration.ofNanos(System.nanoTime() - startedAtNanos);
    }

    /** {@link #start()} then {@link #awaitReady()}; returns the start-up time. */
    public Duration startAndAwaitReady() {
        start();
        return awaitReady();
    }

    /** {@code kill -9}: the JVM gets no chance to stop routes, finish transactions or flag mail. */
    public synchronized void kill() {
        if (isRunning()) {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            waitForExit();
        }
    }

    /** A graceful stop (SIGTERM: Liberty's shutdown hook stops the applications first). */
    public synchronized void stop() {
        if (isRunning()) {
            process.destroy();
            try {
                process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            kill(); // did not stop in time
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The operating-system process id of the server JVM. */
    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException(name + " was never started");
        }
        return process.pid();
    }

    /** How many times the node was started (a restart after a kill counts). */
    public int runs() {
        return runs;
    }

    public String name() {
        return name;
    }

    /** The application's root, {@code http://127.0.0.1:<port>/}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + httpPort + "/");
    }

    /** The server's directory, also its output directory: an embedded database lives in {@code data/}. */
    public Path serverDirectory() {
        return serverDir;
    }

    /** The server's log directory ({@code messages.log}, and {@code console-run.log} with stdout). */
    public Path logDirectory() {
        return serverDir.resolve("logs");
    }

    /** Lines of every {@code messages*.log} of this node (all its runs) that contain the text. */
    public List<String> logLinesContaining(String text) {
        try (Stream<Path> files = Files.list(logDirectory())) {
            List<String> found = new ArrayList<>();
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("messages")).sorted().toList()) {
                try (Stream<String> lines = Files.lines(f, StandardCharsets.ISO_8859_1)) {
                    lines.filter(l -> l.contains(text)).forEach(found::add);
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the node if it runs, keeps its logs in {@code target/it-nodes/<name>/}, removes the server. */
    @Override
    public void close() {
        stop();
        try {
            Path kept = Path.of(System.getProperty("it.node.logs", "target/it-nodes")).resolve(name);
            deleteTree(kept);
            if (Files.isDirectory(logDirectory())) {
                copyTree(logDirectory(), kept);
            }
            deleteTree(serverDir);
            Files.deleteIfExists(wlp.resolve("usr/servers/.pid").resolve(name + ".pid"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up " + name, e);
        }
    }

    @Override
    public String toString() {
        return name + " (port " + httpPort + (isRunning() ? ", pid " + process.pid() : ", stopped") + ")";
    }

    private void waitForExit() {
        try {
            process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(name + " (pid " + process.pid() + ") did not exit", e);
        }
    }

    private int status(URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String logTail(int lines) {
        Path console = logDirectory().resolve("console-run.log");
        try {
            List<String> all = Files.readAllLines(console, StandardCharsets.ISO_8859_1);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * What a node is made of. Everything has a default; {@link #create()} writes the server directory
     * (replacing a leftover of an aborted run, whose process it ends first).
     */
    public static final class Builder {

        private final String name;
        private Path wlp = Path.of(System.getProperty("it.node.wlp", "target/liberty/wlp"));
        private Path serverXml = Path.of(System.getProperty("it.node.server.xml", "server.xml"));
        private Path war = Path.of(System.getProperty("it.node.war", "target/triagem.war"));
        private int httpPort = Integer.getInteger("it.node.http.port", 9095);
        private int httpsPort = Integer.getInteger("it.node.https.port", 9475);
        private Duration readyTimeout = Duration.ofSeconds(Long.getLong("it.node.ready.seconds", 300));
        private final Map<String, String> variables = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>();
        private final Map<String, String> environment = new LinkedHashMap<>();

        private Builder(String name) {
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
                throw new IllegalArgumentException("not a Liberty server name: " + name);
            }
            this.name = name;
            variables.put("triagem.rules.dir", absolute(System.getProperty("triagem.rules.dir", "rules")));
            variables.put("triagem.routes.dir", absolute(System.getProperty("triagem.routes.dir", "routes")));
        }

        /** Node number {@code i} of a test: ports {@code it.node.http.port + i}, {@code it.node.https.port + i}. */
        public Builder index(int i) {
            httpPort = Integer.getInteger("it.node.http.port", 9095) + i;
            httpsPort = Integer.getInteger("it.node.https.port", 9475) + i;
            return this;
        }

        public Builder httpPort(int port) {
            httpPort = port;
            return this;
        }

        public Builder httpsPort(int port) {
            httpsPort = port;
            return this;
        }

        /** A Liberty variable (and so a MicroProfile Config property) of this node. */
        public Builder variable(String key, String value) {
            variables.put(key, value);
            return this;
        }

        public Builder variables(Map<String, String> more) {
            variables.putAll(more);
            return this;
        }

        /** A line of {@code jvm.options}, such as {@code -Xmx512m}. */
        public Builder jvmOption(String option) {
            jvmOptions.add(option);
            return this;
        }

        /** A line of {@code server.env}: an environment variable of the server process. */
        public Builder environment(String key, String value) {
            environment.put(key, value);
            return this;
        }

        public Builder readyTimeout(Duration timeout) {
            readyTimeout = timeout;
            return this;
        }

        public Builder installation(Path wlpHome) {
            wlp = wlpHome;
            return this;
        }

        public Builder serverXml(Path file) {
            serverXml = file;
            return this;
        }

        public Builder war(Path file) {
            war = file;
            return this;
        }

        /** Writes the server directory; the node is not started. */
        public LibertyNode create() throws IOException {
            if (!Files.isExecutable(wlp.resolve("bin/server"))) {
                throw new IllegalStateException("no Liberty at " + wlp.toAbsolutePath()
                        + ": the ITs' pre-integration-test phase installs it");
            }
            LibertyNode node = new LibertyNode(this);
            endLeftover(node.serverDir.getParent().resolve(".pid").resolve(name + ".pid"));
            deleteTree(node.serverDir);
            Files.createDirectories(node.serverDir.resolve("dropins"));
            Files.createDirectories(node.serverDir.resolve("logs"));
            Files.copy(serverXml, node.serverDir.resolve("server.xml"));
            Files.copy(war, node.serverDir.resolve("dropins/triagem.war"));
            Map<String, String> bootstrap = new LinkedHashMap<>();
            bootstrap.put("http.port", Integer.toString(httpPort));
            bootstrap.put("https.port", Integer.toString(httpsPort));
            bootstrap.putAll(variables);
            Files.writeString(node.serverDir.resolve("bootstrap.properties"), lines(bootstrap));
            if (!jvmOptions.isEmpty()) {
                Files.write(node.serverDir.resolve("jvm.options"), jvmOptions);
            }
            if (!environment.isEmpty()) {
                Files.write(node.serverDir.resolve("server.env"),
                        environment.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
            }
            return node;
        }

        /** A node left running by an aborted build would hold the ports and the H2 file. */
        private void endLeftover(Path pidFile) throws IOException {
            if (Files.exists(pidFile)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                        .filter(h -> h.info().commandLine().orElse("").contains(name))
                        .ifPresent(ProcessHandle::destroyForcibly);
            }
        }

        private static String lines(Map<String, String> entries) {
            // bootstrap.properties is read as a properties file: escape backslashes (Windows paths).
            return entries.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\"))
                    .collect(Collectors.joining("\n", "", "\n"));
        }

        private static String absolute(String path) {
            return Path.of(path).toAbsolutePath().normalize().toString();
        }
    }
}

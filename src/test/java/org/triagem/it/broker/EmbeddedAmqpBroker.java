package org.triagem.it.broker;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.SystemLauncherListener;
import org.apache.qpid.server.model.Broker;
import org.apache.qpid.server.model.Port;
import org.apache.qpid.server.model.State;
import org.apache.qpid.server.model.SystemConfig;
import org.apache.qpid.server.model.VirtualHostNode;

/**
 * A Qpid Broker-J on 127.0.0.1 that speaks AMQP 0-9-1 and keeps everything in memory
 * (src/test/resources/qpid/embedded-broker.json): one virtual host, reached as RabbitMQ's "/"; user
 * guest/guest over SASL PLAIN on the unencrypted socket (Qpid allows PLAIN on TLS only by default; the
 * RabbitMQ client offers nothing else); no management. Queues declared before {@link #start} returns
 * would miss the dead-letter links, but nothing connects that early: Liberty starts after it.
 */
public final class EmbeddedAmqpBroker implements AutoCloseable {

    private static final String CONFIG = "qpid/embedded-broker.json";

    /**
     * Qpid logs every connection and channel at INFO (some 300 lines per PhoneBrokerIT run, into the
     * failsafe output); warnings stay, such as the declare arguments it drops. Held here because JUL
     * forgets the level of a logger nobody references.
     */
    private static final List<Logger> QUIETED = Stream.of("qpid.message", "org.apache.qpid").map(name -> {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.WARNING);
        return logger;
    }).toList();

    private final SystemLauncher launcher;
    private final Port<?> amqp;

    private EmbeddedAmqpBroker(SystemLauncher launcher, Port<?> amqp) {
        this.launcher = launcher;
        this.amqp = amqp;
    }

    /**
     * Starts the broker and returns once its AMQP port accepts connections; fails if it cannot bind.
     * Port 0 picks a free port ({@link #port()}).
     */
    public static EmbeddedAmqpBroker start(int port) {
        Startup startup = new Startup();
        SystemLauncher launcher = new SystemLauncher(startup);
        try {
            launcher.startup(Map.of(
                    SystemConfig.TYPE, "Memory",
                    SystemConfig.INITIAL_CONFIGURATION_LOCATION,
                            EmbeddedAmqpBroker.class.getClassLoader().getResource(CONFIG).toExternalForm(),
                    SystemConfig.STARTUP_LOGGED_TO_SYSTEM_OUT, false,
                    // Whatever Qpid may write (preferences) goes under target/, not ./work (its default).
                    SystemConfig.CONTEXT, Map.of(
                            "qpid.amqp_port", String.valueOf(port),
                            SystemConfig.QPID_WORK_DIR, Path.of("target", "qpid-work").toAbsolutePath().toString())));
        } catch (Exception e) {
            throw new IllegalStateException("The embedded AMQP broker did not start", e);
        }
        try {
            return new EmbeddedAmqpBroker(launcher, startup.verify(port));
        } catch (RuntimeException e) {
            launcher.shutdown();
            throw e;
        }
    }

    /** The port it listens on. */
    public int port() {
        return amqp.getBoundPort();
    }

    @Override
    public void close() {
        launcher.shutdown();
    }

    /**
     * Catches what {@link SystemLauncher#startup} only reports to its listener: the error that stopped
     * it, and the broker it built, whose port and virtual hosts are checked and prepared here.
     */
    private static final class Startup extends SystemLauncherListener.DefaultSystemLauncherListener {

        private final AtomicReference<RuntimeException> error = new AtomicReference<>();
        private final AtomicReference<Broker<?>> broker = new AtomicReference<>();

        @Override
        public void errorOnStartup(RuntimeException e) {
            error.set(e);
        }

        @Override
        public void onContainerResolve(SystemConfig<?> systemConfig) {
            broker.set((Broker<?>) systemConfig.getContainer(Broker.class));
        }

        /** The AMQP port, once checked that it listens; the virtual host gets the dead-letter queues. */
        Port<?> verify(int port) {
            if (error.get() != null) {
                throw new IllegalStateException("The embedded AMQP broker did not start", error.get());
            }
            // A port that cannot bind leaves the broker running with that port in ERRORED state.
            Port<?> amqp = broker.get().getPorts().iterator().next();
            if (amqp.getState() != State.ACTIVE) {
                throw new IllegalStateException("The embedded AMQP broker cannot listen on 127.0.0.1:" + port
                        + " (in use?). Choose another with -Dit.amqp.port=..., or test against the RabbitMQ"
                        + " on that port with -Prabbitmq.");
            }
            for (VirtualHostNode<?> node : broker.get().getVirtualHostNodes()) {
                DeadLetterQueues.emulateOn(node.getVirtualHost());
            }
            return amqp;
        }
    }
}

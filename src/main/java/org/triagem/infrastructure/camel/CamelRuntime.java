package org.triagem.infrastructure.camel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;
import org.apache.camel.main.Main;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Camel runtime of this node. Routes are the {@code *.camel.yaml} files of the routes directory,
 * so an analyst or operator changes a channel without a rebuild; with
 * {@code triagem.routes.reload=true} (development) an edited file is reloaded while running.
 */
@ApplicationScoped
public class CamelRuntime {

    private static final Logger LOG = Logger.getLogger(CamelRuntime.class.getName());

    @Inject
    @ConfigProperty(name = "triagem.routes.dir")
    String routesDir;

    @Inject
    @ConfigProperty(name = "triagem.routes.reload", defaultValue = "false")
    boolean reload;

    @Inject
    BeanManager beanManager;

    @Inject
    Config config;

    private final AtomicBoolean started = new AtomicBoolean();
    private Main main;
    private ProducerTemplate producer;

    public synchronized void start() {
        if (main != null) {
            return;
        }
        Path dir = Path.of(routesDir).toAbsolutePath();
        Main m = new Main();
        m.configure().withName("triagem")
                .withRoutesIncludePattern("file:" + dir + "/*.camel.yaml")
                .withJmxEnabled(false)
                .withRoutesReloadEnabled(reload)
                .withRoutesReloadDirectory(dir.toString())
                .withRoutesReloadPattern("*.camel.yaml");
        // A broker that is down at start-up must not keep the other routes (the phone webhook, the
        // web form) from running: the phone broker route is started by the supervising controller,
        // in the background, and retried every 10 s until the broker answers.
        m.configure().routeControllerConfig().withEnabled(true).withIncludeRoutes("phone-broker")
                .withBackOffDelay(10_000).withBackOffMaxAttempts(0);
        bindNamedBeans(m);
        try {
            m.init();
            m.getCamelContext().getPropertiesComponent()
                    .addPropertiesSource(new MicroProfileConfigPropertiesSource(config));
            m.start();
        } catch (Exception e) {
            throw new IllegalStateException("Camel failed to start the routes in " + dir, e);
        }
        main = m;
        producer = m.getCamelContext().createProducerTemplate();
        started.set(true);
        LOG.info(() -> m.getCamelContext().getRoutes().size() + " Camel routes started from " + dir);
    }

    /** Every {@code @Named} CDI bean becomes visible to routes under its name. */
    private void bindNamedBeans(Main m) {
        for (Bean<?> bean : beanManager.getBeans(Object.class, Any.Literal.INSTANCE)) {
            String name = bean.getName();
            if (name != null && bean.getBeanClass().getName().startsWith("org.triagem.")) {
                // An application-scoped bean's reference is a client proxy: creating it is cheap
                // and the bean itself is created on first use.
                m.bind(name, beanManager.getReference(bean, bean.getBeanClass(),
                        beanManager.createCreationalContext(bean)));
            }
        }
    }

    public synchronized void stop() {
        if (main != null) {
            try {
                main.stop();
            } finally {
                main = null;
                started.set(false);
            }
        }
    }

    public boolean isStarted() {
        return started.get() && main != null
                && main.getCamelContext().getStatus() == ServiceStatus.Started;
    }

    public ProducerTemplate producer() {
        if (!started.get()) {
            throw new IllegalStateException("Camel is not running");
        }
        return producer;
    }

    public CamelContext context() {
        return main.getCamelContext();
    }
}

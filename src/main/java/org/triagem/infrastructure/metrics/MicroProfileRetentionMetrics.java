package org.triagem.infrastructure.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.triagem.application.retention.RetentionMetrics;
import org.triagem.domain.model.retention.DataKind;

/**
 * {@code triagem_retention_items_total{kind=...}}: what the retention job removed or anonymised, per kind of
 * data; every kind registered at zero at start-up, as the other counters are.
 */
@ApplicationScoped
public class MicroProfileRetentionMetrics implements RetentionMetrics {

    static final Metadata ITEMS = Metadata.builder().withName("triagem.retention.items")
            .withDescription("Items the retention job anonymised or removed, by kind of data").build();

    @Inject
    MetricRegistry registry;

    void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (DataKind kind : DataKind.values()) {
            registry.counter(ITEMS, tag(kind));
        }
    }

    @Override
    public void removed(DataKind kind, long count) {
        if (count > 0) {
            registry.counter(ITEMS, tag(kind)).inc(count);
        }
    }

    private static Tag tag(DataKind kind) {
        return new Tag("kind", kind.name().toLowerCase(Locale.ROOT));
    }
}

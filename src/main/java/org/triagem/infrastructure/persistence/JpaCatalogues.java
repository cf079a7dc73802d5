package org.triagem.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.domain.model.catalogue.Catalogue;
import org.triagem.domain.model.catalogue.CatalogueChange;
import org.triagem.domain.model.catalogue.CatalogueEntry;
import org.triagem.domain.model.catalogue.CatalogueKind;
import org.triagem.domain.model.catalogue.CatalogueRepository;
import org.triagem.domain.model.catalogue.CatalogueRevision;
import org.triagem.domain.model.catalogue.Catalogues;

/**
 * The managed lists in the relational database. Intake checks the department of every routing decision,
 * so the lists the checks read ({@link Catalogues}) are kept for {@code triagem.catalogues.cache.seconds}
 * (a few dozen rows each); a change forgets its list when its transaction ends, so this node sees it at
 * once, another node within that time. Administration ({@link CatalogueRepository}) always reads the
 * database.
 */
@ApplicationScoped
public class JpaCatalogues implements Catalogues, CatalogueRepository {

    @PersistenceContext(unitName = "triagem")
    EntityManager em;

    /**
     * Observing start-up makes the container create this bean then, on the application's own thread: made
     * first on a Camel or broker thread, where {@code java:comp} does not resolve, it would keep an unset
     * entity manager for the application's life.
     */
    void madeAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // nothing else to do
    }

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "triagem.catalogues.cache.seconds", defaultValue = "10")
    int cacheSeconds;

    private record Kept(Catalogue catalogue, long readAtNanos) {
    }

    private final Map<CatalogueKind, Kept> kept = new ConcurrentHashMap<>();

    @Override
    public Catalogue current(CatalogueKind kind) {
        Kept k = kept.get(kind);
        long now = System.nanoTime();
        if (k == null || now - k.readAtNanos() > Duration.ofSeconds(cacheSeconds).toNanos()) {
            k = new Kept(read(kind), now);
            kept.put(kind, k);
        }
        return k.catalogue();
    }

    @Override
    public Catalogue read(CatalogueKind kind) {
        List<Catalogue.Item> items = em.createQuery("SELECT e FROM CatalogueEntry e WHERE e.kind = :kind"
                + " ORDER BY e.label, e.code", CatalogueEntry.class).setParameter("kind", kind).getResultList()
                .stream().map(CatalogueEntry::item).toList();
        CatalogueRevision revision = em.find(CatalogueRevision.class, kind.name());
        return new Catalogue(kind, revision == null ? 0 : revision.revision(), items);
    }

    @Override
    public Optional<CatalogueEntry> find(CatalogueKind kind, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT e FROM CatalogueEntry e WHERE e.kind = :kind AND e.codeKey = :key",
                CatalogueEntry.class).setParameter("kind", kind).setParameter("key", CatalogueEntry.keyOf(code))
                .getResultStream().findFirst();
    }

    @Override
    public void add(CatalogueEntry entry) {
        em.persist(entry);
    }

    @Override
    public CatalogueRevision lockRevision(CatalogueKind kind) {
        CatalogueRevision revision = em.find(CatalogueRevision.class, kind.name(), LockModeType.PESSIMISTIC_WRITE);
        if (revision == null) {
            // V38 seeds one row per list; a list added later starts here.
            revision = new CatalogueRevision(kind);
            em.persist(revision);
        }
        return revision;
    }

    @Override
    public void record(CatalogueChange change) {
        em.persist(change);
        CatalogueKind kind = change.kind();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before the commit
            }

            @Override
            public void afterCompletion(int status) {
                // Committed or not, the list is read again: a read made during the change may hold it.
                kept.remove(kind);
            }
        });
    }

    @Override
    public List<CatalogueChange> history(CatalogueKind kind, int limit) {
        return em.createQuery("SELECT c FROM CatalogueChange c WHERE c.kind = :kind ORDER BY c.revision DESC, c.id DESC",
                CatalogueChange.class).setParameter("kind", kind).setMaxResults(limit).getResultList();
    }
}

package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.application.ActionNotPermittedException;
import org.triagem.application.Actor;
import org.triagem.application.CatalogueService;
import org.triagem.domain.model.catalogue.Catalogue;
import org.triagem.domain.model.catalogue.CatalogueChange;
import org.triagem.domain.model.catalogue.CatalogueConflictException;
import org.triagem.domain.model.catalogue.CatalogueEntry;
import org.triagem.domain.model.catalogue.CatalogueEntryNotFoundException;
import org.triagem.domain.model.catalogue.CatalogueKind;
import org.triagem.domain.model.catalogue.CatalogueRepository;
import org.triagem.domain.model.catalogue.EntryState;

/**
 * Changes to the managed lists, one list at a time (its revision row is locked first), each recorded in
 * the same transaction as the change itself: a change without its audit line cannot commit.
 */
@ApplicationScoped
@Transactional
class DefaultCatalogueService implements CatalogueService {

    private static final Logger LOG = Logger.getLogger(DefaultCatalogueService.class.getName());

    @Inject
    CatalogueRepository catalogues;

    @Inject
    Clock clock;

    /** Where the rules' fallback sends a complaint: it must stay in the list (FallbackRouting). */
    @Inject
    @ConfigProperty(name = "triagem.default.department", defaultValue = "Atendimento")
    String fallbackDepartment;

    @Override
    public Catalogue list(Actor actor, CatalogueKind kind) {
        requireReader(actor);
        return catalogues.read(kind);
    }

    @Override
    public CatalogueEntry add(Actor actor, CatalogueKind kind, String code, String label, String labelEn) {
        requireAdmin(actor);
        CatalogueEntry entry = new CatalogueEntry(kind, code, label, labelEn);
        long revision = catalogues.lockRevision(kind).next(now());
        catalogues.find(kind, entry.code()).ifPresent(existing -> {
            throw new CatalogueConflictException("The " + kind.slug() + " list already has " + existing.code()
                    + (existing.isRetired() ? " (retired: reinstate it instead)" : "") + ".");
        });
        catalogues.add(entry);
        record(actor, kind, revision, entry, CatalogueChange.Action.ADDED, null);
        return entry;
    }

    @Override
    public CatalogueEntry relabel(Actor actor, CatalogueKind kind, String code, String label, String labelEn) {
        return change(actor, kind, code, CatalogueChange.Action.RELABELLED, e -> e.relabel(label, labelEn));
    }

    @Override
    public CatalogueEntry retire(Actor actor, CatalogueKind kind, String code) {
        if (kind == CatalogueKind.DEPARTMENT && CatalogueEntry.keyOf(code).equals(CatalogueEntry.keyOf(fallbackDepartment))) {
            requireAdmin(actor);
            throw new CatalogueConflictException(fallbackDepartment + " receives the complaints the rules cannot"
                    + " route (triagem.default.department); it cannot be retired.");
        }
        OffsetDateTime now = now();
        return change(actor, kind, code, CatalogueChange.Action.RETIRED, e -> e.retire(now));
    }

    @Override
    public CatalogueEntry reinstate(Actor actor, CatalogueKind kind, String code) {
        return change(actor, kind, code, CatalogueChange.Action.REINSTATED, CatalogueEntry::reinstate);
    }

    @Override
    public List<CatalogueChange> history(Actor actor, CatalogueKind kind, int limit) {
        requireReader(actor);
        return catalogues.history(kind, Math.max(1, Math.min(limit, 1000)));
    }

    /** Applies the verb; only a change that changed something is recorded, and moves the revision. */
    private CatalogueEntry change(Actor actor, CatalogueKind kind, String code, CatalogueChange.Action action,
            Predicate<CatalogueEntry> verb) {
        requireAdmin(actor);
        var revisionRow = catalogues.lockRevision(kind);
        CatalogueEntry entry = catalogues.find(kind, code)
                .orElseThrow(() -> new CatalogueEntryNotFoundException(kind, code));
        EntryState before = entry.state();
        if (verb.test(entry)) {
            record(actor, kind, revisionRow.next(now()), entry, action, before);
        }
        return entry;
    }

    private void record(Actor actor, CatalogueKind kind, long revision, CatalogueEntry entry,
            CatalogueChange.Action action, EntryState before) {
        catalogues.record(new CatalogueChange(kind, revision, entry.code(), action, actor.username(), now(), before,
                entry.state()));
        LOG.info(() -> kind.slug() + " revision " + revision + ": " + entry.code() + " " + action + " by "
                + actor.username());
    }

    private static void requireReader(Actor actor) {
        if (!actor.worksCases() && !actor.has(Actor.Role.ANALYST)) {
            throw new ActionNotPermittedException("Only staff and analysts read the managed lists.");
        }
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new ActionNotPermittedException("Only an admin changes the managed lists.");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

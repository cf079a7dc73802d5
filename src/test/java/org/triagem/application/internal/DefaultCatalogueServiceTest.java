package org.triagem.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagem.application.ActionNotPermittedException;
import org.triagem.application.Actor;
import org.triagem.application.Actor.Role;
import org.triagem.domain.model.catalogue.Catalogue;
import org.triagem.domain.model.catalogue.CatalogueChange;
import org.triagem.domain.model.catalogue.CatalogueConflictException;
import org.triagem.domain.model.catalogue.CatalogueEntry;
import org.triagem.domain.model.catalogue.CatalogueEntryNotFoundException;
import org.triagem.domain.model.catalogue.CatalogueKind;
import org.triagem.domain.model.catalogue.CatalogueRepository;
import org.triagem.domain.model.catalogue.CatalogueRevision;
import org.triagem.domain.model.catalogue.EntryState;

/** Admins change the lists; every change is recorded with who, when, before and after, under a new revision. */
class DefaultCatalogueServiceTest {

    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN), Set.of());
    private static final Actor FABIO = new Actor("fabio", Set.of(Role.AGENT), Set.of("Financeiro"));
    private static final Actor INTEGRA = new Actor("integra", Set.of(Role.INTEGRATION), Set.of());

    private final InMemory repository = new InMemory();
    private final DefaultCatalogueService service = new DefaultCatalogueService();

    DefaultCatalogueServiceTest() {
        service.catalogues = repository;
        service.clock = Clock.fixed(Instant.parse("2026-03-02T13:00:00Z"), ZoneOffset.UTC);
        service.fallbackDepartment = "Atendimento";
        service.add(ADMIN, CatalogueKind.DEPARTMENT, "Atendimento", "Atendimento", null);
        service.add(ADMIN, CatalogueKind.DEPARTMENT, "Logística", "Logística", "Logistics");
    }

    @Test
    void everyChangeIsRecordedWithWhoWhenBeforeAndAfterUnderTheNextRevision() {
        service.relabel(ADMIN, CatalogueKind.DEPARTMENT, "logística", "Logística e entregas", "Logistics");
        service.retire(ADMIN, CatalogueKind.DEPARTMENT, "Logística");
        service.reinstate(ADMIN, CatalogueKind.DEPARTMENT, "Logística");

        List<CatalogueChange> history = service.history(FABIO, CatalogueKind.DEPARTMENT, 10);
        assertThat(history).extracting(CatalogueChange::action).containsExactly(CatalogueChange.Action.REINSTATED,
                CatalogueChange.Action.RETIRED, CatalogueChange.Action.RELABELLED, CatalogueChange.Action.ADDED,
                CatalogueChange.Action.ADDED);
        assertThat(history).extracting(CatalogueChange::revision).containsExactly(5L, 4L, 3L, 2L, 1L);
        CatalogueChange relabelled = history.get(2);
        assertThat(relabelled.actor()).isEqualTo("admin");
        assertThat(relabelled.changedAt()).isEqualTo(service.clock.instant().atOffset(ZoneOffset.UTC));
        assertThat(relabelled.code()).isEqualTo("Logística");
        assertThat(relabelled.before()).isEqualTo(new EntryState("Logística", "Logistics", false));
        assertThat(relabelled.after()).isEqualTo(new EntryState("Logística e entregas", "Logistics", false));
        assertThat(history.get(1).after().retired()).isTrue();
        assertThat(history.get(4).before()).isNull();
        assertThat(service.list(FABIO, CatalogueKind.DEPARTMENT).revision()).isEqualTo(5);
    }

    @Test
    void aChangeThatChangesNothingIsNotRecorded() {
        service.relabel(ADMIN, CatalogueKind.DEPARTMENT, "Logística", "Logística", "Logistics");
        service.reinstate(ADMIN, CatalogueKind.DEPARTMENT, "Logística");

        assertThat(service.history(ADMIN, CatalogueKind.DEPARTMENT, 10)).hasSize(2);
    }

    @Test
    void onlyAnAdminChangesAListAndOnlyStaffAndAnalystsReadIt() {
        assertThatThrownBy(() -> service.add(FABIO, CatalogueKind.ROOT_CAUSE, "x", "X", null))
                .isInstanceOf(ActionNotPermittedException.class);
        assertThatThrownBy(() -> service.retire(FABIO, CatalogueKind.DEPARTMENT, "Logística"))
                .isInstanceOf(ActionNotPermittedException.class);
        assertThatThrownBy(() -> service.list(INTEGRA, CatalogueKind.DEPARTMENT))
                .isInstanceOf(ActionNotPermittedException.class);
        assertThat(service.list(new Actor("ana", Set.of(Role.ANALYST), Set.of()), CatalogueKind.DEPARTMENT)
                .activeCodes()).containsExactly("Atendimento", "Logística");
    }

    @Test
    void aCodeTheListHasInAnyCaseIsAConflictAndAMissingOneIsNotFound() {
        assertThatThrownBy(() -> service.add(ADMIN, CatalogueKind.DEPARTMENT, "LOGÍSTICA", "Outra", null))
                .isInstanceOf(CatalogueConflictException.class).hasMessageContaining("Logística");
        assertThatThrownBy(() -> service.relabel(ADMIN, CatalogueKind.DEPARTMENT, "Logistica", "X", null))
                .isInstanceOf(CatalogueEntryNotFoundException.class);
    }

    @Test
    void theFallbackDepartmentCannotBeRetired() {
        assertThatThrownBy(() -> service.retire(ADMIN, CatalogueKind.DEPARTMENT, "atendimento"))
                .isInstanceOf(CatalogueConflictException.class).hasMessageContaining("triagem.default.department");
        assertThat(service.list(ADMIN, CatalogueKind.DEPARTMENT).accepts("Atendimento")).isTrue();
    }

    /** The repository as a map, with the revision rows the migration seeds. */
    private static final class InMemory implements CatalogueRepository {
        private final List<CatalogueEntry> entries = new ArrayList<>();
        private final List<CatalogueChange> changes = new ArrayList<>();
        private final Map<CatalogueKind, CatalogueRevision> revisions = new EnumMap<>(CatalogueKind.class);

        @Override
        public Catalogue read(CatalogueKind kind) {
            return new Catalogue(kind, lockRevision(kind).revision(), entries.stream().filter(e -> e.kind() == kind)
                    .sorted(Comparator.comparing(CatalogueEntry::label)).map(CatalogueEntry::item).toList());
        }

        @Override
        public Optional<CatalogueEntry> find(CatalogueKind kind, String code) {
            return entries.stream().filter(e -> e.kind() == kind
                    && CatalogueEntry.keyOf(e.code()).equals(CatalogueEntry.keyOf(code))).findFirst();
        }

        @Override
        public void add(CatalogueEntry entry) {
            entries.add(entry);
        }

        @Override
        public CatalogueRevision lockRevision(CatalogueKind kind) {
            return revisions.computeIfAbsent(kind, CatalogueRevision::new);
        }

        @Override
        public void record(CatalogueChange change) {
            changes.add(change);
        }

        @Override
        public List<CatalogueChange> history(CatalogueKind kind, int limit) {
            return changes.stream().filter(c -> c.kind() == kind)
                    .sorted(Comparator.comparingLong(CatalogueChange::revision).reversed()).limit(limit).toList();
        }
    }
}

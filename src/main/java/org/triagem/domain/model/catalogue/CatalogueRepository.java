package org.triagem.domain.model.catalogue;

import java.util.List;
import java.util.Optional;

/** Where the lists' entries, revisions and audit trail are kept; read fresh in the caller's transaction. */
public interface CatalogueRepository {

    /** The list with every entry, retired ones included, in label order. */
    Catalogue read(CatalogueKind kind);

    /** The entry with this code, whatever its case. */
    Optional<CatalogueEntry> find(CatalogueKind kind, String code);

    void add(CatalogueEntry entry);

    /** The list's revision row, locked until the transaction ends: changes to one list are made one at a time. */
    CatalogueRevision lockRevision(CatalogueKind kind);

    void record(CatalogueChange change);

    /** Newest first. */
    List<CatalogueChange> history(CatalogueKind kind, int limit);
}

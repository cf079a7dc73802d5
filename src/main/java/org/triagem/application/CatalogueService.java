package org.triagem.application;

import java.util.List;
import org.triagem.domain.model.catalogue.Catalogue;
import org.triagem.domain.model.catalogue.CatalogueChange;
import org.triagem.domain.model.catalogue.CatalogueEntry;
import org.triagem.domain.model.catalogue.CatalogueKind;

/**
 * The managed lists (departments, resolution codes, root causes): anyone who works cases or rules reads
 * them; only admins change them, and every change is recorded with who made it and the entry before and
 * after.
 *
 * @throws ActionNotPermittedException (from every method) if the actor may not do it
 */
public interface CatalogueService {

    /** The list as it stands in the database, retired entries included. */
    Catalogue list(Actor actor, CatalogueKind kind);

    /**
     * @throws org.triagem.domain.model.catalogue.CatalogueConflictException if the code exists, in any case
     * @throws IllegalArgumentException if the code or a label is not acceptable
     */
    CatalogueEntry add(Actor actor, CatalogueKind kind, String code, String label, String labelEn);

    /** @throws org.triagem.domain.model.catalogue.CatalogueEntryNotFoundException if there is no such entry */
    CatalogueEntry relabel(Actor actor, CatalogueKind kind, String code, String label, String labelEn);

    /**
     * No longer offered nor accepted; cases and reports keep what they recorded with it.
     *
     * @throws org.triagem.domain.model.catalogue.CatalogueConflictException for the fallback department, where
     *     complaints the rules cannot route go
     */
    CatalogueEntry retire(Actor actor, CatalogueKind kind, String code);

    CatalogueEntry reinstate(Actor actor, CatalogueKind kind, String code);

    /** The audit trail, newest first. */
    List<CatalogueChange> history(Actor actor, CatalogueKind kind, int limit);
}

package org.triagem.domain.model.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A list's revision number: one more with every change. Writers lock this row first, so two admins
 * changing the same list at once are put in order and no two changes share a number.
 */
@Entity
@Table(name = "catalogue")
public class CatalogueRevision {

    @Id
    @Column(length = 20)
    private String kind;

    @Column(nullable = false)
    private long revision;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    protected CatalogueRevision() {
        // for JPA
    }

    public CatalogueRevision(CatalogueKind kind) {
        this.kind = kind.name();
    }

    /** The revision a change made now gets. */
    public long next(OffsetDateTime now) {
        revision++;
        changedAt = now;
        return revision;
    }

    public long revision() {
        return revision;
    }
}

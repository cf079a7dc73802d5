package org.triagem.domain.model.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One change to a managed list, as the audit trail shows it: who, when, which entry, what it looked like
 * before and after, and the list's revision the change made. Append-only.
 */
@Entity
@Table(name = "catalogue_change")
public class CatalogueChange {

    /** What was done to the entry. */
    public enum Action {
        ADDED,
        RELABELLED,
        RETIRED,
        REINSTATED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogueChangeSeq")
    @SequenceGenerator(name = "catalogueChangeSeq", sequenceName = "catalogue_change_seq", allocationSize = 1)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CatalogueKind kind;

    @Column(nullable = false)
    private long revision;

    @Column(nullable = false, length = CatalogueEntry.CODE_LENGTH)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Action action;

    @Column(nullable = false, length = 120)
    private String actor;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "label_before", length = CatalogueEntry.LABEL_LENGTH)
    private String labelBefore;

    @Column(name = "label_en_before", length = CatalogueEntry.LABEL_LENGTH)
    private String labelEnBefore;

    @Column(name = "retired_before")
    private Boolean retiredBefore;

    @Column(name = "label_after", nullable = false, length = CatalogueEntry.LABEL_LENGTH)
    private String labelAfter;

    @Column(name = "label_en_after", length = CatalogueEntry.LABEL_LENGTH)
    private String labelEnAfter;

    @Column(name = "retired_after", nullable = false)
    private boolean retiredAfter;

    protected CatalogueChange() {
        // for JPA
    }

    /** {@code before} is null when the entry was added. */
    public CatalogueChange(CatalogueKind kind, long revision, String code, Action action, String actor,
            OffsetDateTime at, EntryState before, EntryState after) {
        this.kind = kind;
        this.revision = revision;
        this.code = code;
        this.action = action;
        this.actor = actor;
        this.changedAt = at;
        if (before != null) {
            this.labelBefore = before.label();
            this.labelEnBefore = before.labelEn();
            this.retiredBefore = before.retired();
        }
        this.labelAfter = after.label();
        this.labelEnAfter = after.labelEn();
        this.retiredAfter = after.retired();
    }

    public CatalogueKind kind() {
        return kind;
    }

    public long revision() {
        return revision;
    }

    public String code() {
        return code;
    }

    public Action action() {
        return action;
    }

    public String actor() {
        return actor;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    /** Null for an entry added by this change. */
    public EntryState before() {
        return labelBefore == null ? null : new EntryState(labelBefore, labelEnBefore, Boolean.TRUE.equals(retiredBefore));
    }

    public EntryState after() {
        return new EntryState(labelAfter, labelEnAfter, retiredAfter);
    }
}

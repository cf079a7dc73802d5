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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * One entry of a managed list. Its code never changes once added (cases, rules and KPI rows store it);
 * the labels people read may, and an entry that is no longer used is retired rather than deleted, so
 * that what was recorded with it stays reportable. Codes are unique in their list whatever their case.
 */
@Entity
@Table(name = "catalogue_entry")
public class CatalogueEntry {

    /** Codes are stored in case columns of this size (complaint_case.department, resolution_code, root_cause). */
    public static final int CODE_LENGTH = 80;
    public static final int LABEL_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogueEntrySeq")
    @SequenceGenerator(name = "catalogueEntrySeq", sequenceName = "catalogue_entry_seq", allocationSize = 1)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CatalogueKind kind;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    /** The code in lower case: the unique key, so that "Financeiro" and "financeiro" cannot both exist. */
    @Column(name = "code_key", nullable = false, length = CODE_LENGTH)
    private String codeKey;

    @Column(nullable = false, length = LABEL_LENGTH)
    private String label;

    @Column(name = "label_en", length = LABEL_LENGTH)
    private String labelEn;

    @Column(name = "retired_at")
    private OffsetDateTime retiredAt;

    @Version
    private long version;

    protected CatalogueEntry() {
        // for JPA
    }

    public CatalogueEntry(CatalogueKind kind, String code, String label, String labelEn) {
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
        this.code = validCode(code);
        this.codeKey = keyOf(this.code);
        this.label = validLabel(label, "label");
        this.labelEn = labelEn == null || labelEn.isBlank() ? null : validLabel(labelEn, "labelEn");
    }

    /** The key a value is looked up by: lists match codes whatever their case, never whatever their accents. */
    public static String keyOf(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /** New labels; answers whether anything changed. */
    public boolean relabel(String newLabel, String newLabelEn) {
        String l = validLabel(newLabel, "label");
        String en = newLabelEn == null || newLabelEn.isBlank() ? null : validLabel(newLabelEn, "labelEn");
        boolean changed = !l.equals(label) || !java.util.Objects.equals(en, labelEn);
        label = l;
        labelEn = en;
        return changed;
    }

    /** No longer offered nor accepted; what was recorded with it stays. Answers whether it was active. */
    public boolean retire(OffsetDateTime now) {
        if (retiredAt != null) {
            return false;
        }
        retiredAt = now;
        return true;
    }

    /** Offered and accepted again. Answers whether it was retired. */
    public boolean reinstate() {
        if (retiredAt == null) {
            return false;
        }
        retiredAt = null;
        return true;
    }

    public EntryState state() {
        return new EntryState(label, labelEn, isRetired());
    }

    public Catalogue.Item item() {
        return new Catalogue.Item(code, label, labelEn, isRetired());
    }

    public CatalogueKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String labelEn() {
        return labelEn;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public OffsetDateTime retiredAt() {
        return retiredAt;
    }

    private static String validCode(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("code is required");
        }
        String c = code.strip();
        if (c.length() > CODE_LENGTH) {
            throw new IllegalArgumentException("code is longer than " + CODE_LENGTH + " characters");
        }
        // A code is written into decision-table cells, comma-separated lists and the API's paths.
        if (c.chars().anyMatch(ch -> Character.isISOControl(ch) || "\"\\,/".indexOf(ch) >= 0)) {
            throw new IllegalArgumentException("code may not hold quotes, backslashes, commas, slashes or control"
                    + " characters");
        }
        return c;
    }

    private static String validLabel(String label, String field) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        String l = label.strip();
        if (l.length() > LABEL_LENGTH) {
            throw new IllegalArgumentException(field + " is longer than " + LABEL_LENGTH + " characters");
        }
        if (l.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " may not hold control characters");
        }
        return l;
    }
}

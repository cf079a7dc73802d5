package org.triagem.domain.model.impact;

/** What a proposed version may change about a past complaint's decision. */
public enum ImpactKind {
    DEPARTMENT,
    PRIORITY,
    SLA,
    CATEGORY;

    /** The name the API and the stored summary use: {@code department}, {@code sla}... */
    public static String key(ImpactKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}

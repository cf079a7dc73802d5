package org.triagem.domain.model.ruleset.content;

/** How a file, a sheet, a row or a line differs from one version to the other. */
public enum Change {
    ADDED,
    REMOVED,
    CHANGED,
    UNCHANGED
}

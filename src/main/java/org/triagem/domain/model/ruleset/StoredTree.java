package org.triagem.domain.model.ruleset;

import java.util.Objects;

/**
 * A stored version's rules tree as the rule engine reads it: the number it is known by, the label every
 * case it decides records, and its files zipped. A version's files never change once stored, so the
 * number is enough to recognise a tree the engine already compiled.
 */
public record StoredTree(long number, String label, byte[] zip) {

    public StoredTree {
        Objects.requireNonNull(label);
        Objects.requireNonNull(zip);
    }

    public static StoredTree of(RuleSetVersion version) {
        return new StoredTree(version.number(), version.label(), version.files());
    }
}

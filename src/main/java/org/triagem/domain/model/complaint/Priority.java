package org.triagem.domain.model.complaint;

/** Case priority, P1 the most urgent. */
public enum Priority {
    P1,
    P2,
    P3,
    P4;

    /** True when this priority is more urgent than the other. */
    public boolean isHigherThan(Priority other) {
        return ordinal() < other.ordinal();
    }
}

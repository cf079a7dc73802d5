package org.triagem.domain.model.routing;

/** The SLA clocks a case runs, each with its own escalation checkpoints. */
public enum CheckpointClock {
    /** Business minutes until the first answer from a person. */
    FIRST_RESPONSE,
    /** Business minutes until the case is resolved. */
    RESOLUTION,
    /** Calendar days until the legal answer (Decreto 11.034/2022, art. 13). */
    LEGAL
}

package org.triagem.infrastructure.rules;

import java.util.List;

/**
 * The decisions the analysts own, in the order they run: each one's folder in {@code rules/} becomes one
 * KieBase, and a later stage can read what the earlier ones decided.
 */
public enum DecisionStage {
    CLASSIFICATION,
    OWNERSHIP,
    PRIORITY,
    SLA,
    ESCALATION,
    /** Which resolved cases get which survey; runs at resolution, never at intake. */
    SURVEY;

    /** The stages that run when a complaint arrives; escalation runs later, at SLA checkpoints, survey at resolution. */
    public static final List<DecisionStage> AT_INTAKE = List.of(CLASSIFICATION, OWNERSHIP, PRIORITY, SLA);

    public String folder() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.triagem.domain.model.routing;

import java.util.List;

/**
 * The decisions the analysts own, in the order they run, each one a folder of the rules tree
 * ({@code rules/ownership/}): a later stage reads what the earlier ones decided.
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

    /** The stage's folder in the rules tree, which is also the package of its rules. */
    public String folder() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

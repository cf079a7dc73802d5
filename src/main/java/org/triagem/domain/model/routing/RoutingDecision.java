package org.triagem.domain.model.routing;

import java.util.List;
import java.util.Set;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.sla.SlaTargets;

/**
 * The finished decision a case is opened with, and how it was reached: the rule-set version and the
 * rules that fired, in order. {@code fallbackReason} is set when the rules could not decide and the
 * complaint went to the default triage department instead of being lost.
 */
public record RoutingDecision(
        String category,
        Set<String> tags,
        String department,
        Priority priority,
        SlaTargets slaTargets,
        String ruleSetVersion,
        List<String> firedRules,
        String fallbackReason) {

    public RoutingDecision {
        tags = Set.copyOf(tags);
        firedRules = List.copyOf(firedRules);
    }

    public boolean isFallback() {
        return fallbackReason != null;
    }
}

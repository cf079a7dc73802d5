package org.triagem.infrastructure.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.sla.SlaTargets;

/**
 * Where a complaint goes when the rules cannot decide: a safety net, not a rule, so it is set by
 * configuration (server.xml variables) rather than in {@code rules/}.
 */
@ApplicationScoped
public class FallbackRouting {

    /** The tag that flags a case the rules could not route, for a person to look at. */
    public static final String RULES_ERROR_TAG = "rules_error";

    @Inject
    @ConfigProperty(name = "triagem.default.department", defaultValue = "Atendimento")
    String department;

    @Inject
    @ConfigProperty(name = "triagem.fallback.priority", defaultValue = "P2")
    Priority priority;

    @Inject
    @ConfigProperty(name = "triagem.fallback.first-response-minutes", defaultValue = "240")
    int firstResponseMinutes;

    @Inject
    @ConfigProperty(name = "triagem.fallback.resolution-minutes", defaultValue = "1440")
    int resolutionMinutes;

    RoutingDecision decision(String ruleSetVersion, List<String> firedRules, String reason) {
        return new RoutingDecision(null, Set.of(RULES_ERROR_TAG), department, priority,
                new SlaTargets(firstResponseMinutes, resolutionMinutes, SlaTargets.LEGAL_MAXIMUM_DAYS),
                ruleSetVersion, firedRules, reason);
    }
}

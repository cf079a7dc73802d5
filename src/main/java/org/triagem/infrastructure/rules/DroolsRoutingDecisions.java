package org.triagem.infrastructure.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.triagem.domain.model.catalogue.CatalogueKind;
import org.triagem.domain.model.catalogue.Catalogues;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.Decision;
import org.triagem.domain.model.routing.RoutingDecision;
import org.triagem.domain.model.routing.RoutingDecisions;
import org.triagem.domain.model.ruleset.RulesUnavailableException;

/**
 * Asks the active rule set for a decision. A rule that throws, or a rule set that leaves the
 * department, priority or SLA undecided, or one that names a department not in the managed list, must
 * not lose the complaint: it goes to the default triage department with the fallback settings, flagged
 * with the reason, for a person to route.
 */
@ApplicationScoped
public class DroolsRoutingDecisions implements RoutingDecisions {

    private static final Logger LOG = Logger.getLogger(DroolsRoutingDecisions.class.getName());
    private static final Duration FIRST_BUILD_PATIENCE = Duration.ofSeconds(30);

    @Inject
    ActiveRuleSet ruleSet;

    @Inject
    FallbackRouting fallback;

    @Inject
    Catalogues catalogues;

    @Override
    public RoutingDecision decide(Complaint complaint) {
        CompiledRuleSet rules;
        try {
            rules = ruleSet.current(FIRST_BUILD_PATIENCE);
        } catch (RulesUnavailableException e) {
            return fallback.decision("unavailable", List.of(), "no rule set available: " + e.getMessage());
        }
        try {
            CompiledRuleSet.Evaluation evaluation = rules.evaluate(complaint);
            Decision d = evaluation.decision();
            String missing = missingParts(d);
            if (missing != null) {
                return fallback.decision(rules.version(), evaluation.firedRules(),
                        "the rules did not decide the " + missing);
            }
            Optional<String> department = catalogues.current(CatalogueKind.DEPARTMENT).canonical(d.getDepartment());
            if (department.isEmpty()) {
                // A department nobody staffs would hide the case from every queue: a person routes it.
                return fallback.decision(rules.version(), evaluation.firedRules(), "the rules named the department \""
                        + d.getDepartment() + "\", which is not in the list of departments");
            }
            return new RoutingDecision(d.getCategory(), Set.copyOf(d.getTags()), department.get(),
                    d.getPriority(), d.getSlaTargets(), rules.version(), evaluation.firedRules(), null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "rule evaluation failed on " + rules.version() + "; using fallback routing", e);
            return fallback.decision(rules.version(), List.of(), "rule evaluation failed: " + rootMessage(e));
        }
    }

    private static String missingParts(Decision d) {
        if (d.getDepartment() == null) {
            return "department";
        }
        if (d.getPriority() == null) {
            return "priority";
        }
        if (d.getSlaTargets() == null) {
            return "SLA targets";
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}

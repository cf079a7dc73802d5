package org.triagem.application.internal;

import java.util.Optional;
import org.triagem.application.RuleEngine;
import org.triagem.domain.model.catalogue.Catalogue;
import org.triagem.domain.model.impact.Outcome;
import org.triagem.domain.model.routing.Complaint;
import org.triagem.domain.model.routing.Decision;
import org.triagem.domain.model.ruleset.StoredTree;
import org.triagem.domain.model.sla.SlaTargets;

/**
 * What one version decides for a complaint, as intake would have opened the case: a decision the rules
 * leave incomplete, a department not in the list, or a rule that throws ends in the fallback routing,
 * exactly as {@code DroolsRoutingDecisions} does at intake, so the preview counts what activation changes.
 */
final class ImpactReplay {

    private final RuleEngine engine;
    private final Catalogue departments;
    private final Outcome fallback;

    ImpactReplay(RuleEngine engine, Catalogue departments, Outcome fallback) {
        this.engine = engine;
        this.departments = departments;
        this.fallback = fallback;
    }

    /** The fallback settings as an outcome (the {@code triagem.fallback.*} server variables). */
    static Outcome fallback(String department, String priority, int firstResponseMinutes, int resolutionMinutes) {
        return new Outcome(department, priority,
                Outcome.sla(firstResponseMinutes, resolutionMinutes, SlaTargets.LEGAL_MAXIMUM_DAYS), null, true);
    }

    Outcome decide(Complaint complaint, StoredTree version) {
        Decision d;
        try {
            d = engine.explain(complaint, Optional.of(version)).decision();
        } catch (RuntimeException e) {
            return fallback;
        }
        if (d.getDepartment() == null || d.getPriority() == null || d.getSlaTargets() == null) {
            return fallback;
        }
        Optional<String> department = departments.canonical(d.getDepartment());
        if (department.isEmpty()) {
            return fallback;
        }
        SlaTargets sla = d.getSlaTargets();
        return new Outcome(department.get(), d.getPriority().name(),
                Outcome.sla(sla.firstResponseMinutes(), sla.resolutionMinutes(), sla.legalDays()), d.getCategory(), false);
    }
}

package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Set;
import org.triagem.application.ActionNotPermittedException;
import org.triagem.application.Actor;
import org.triagem.application.KpiQuery;
import org.triagem.application.ReportService;
import org.triagem.application.report.CostCatalogue;
import org.triagem.application.report.Grouping;
import org.triagem.application.report.KpiFilter;
import org.triagem.application.report.KpiLedger;
import org.triagem.application.report.KpiReport;

/**
 * Scopes the query to what the actor may see, reads the summed daily rows of the period and of the one
 * just before in one pass (five queries in all, none of them over cases), computes the figures.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class DefaultReportService implements ReportService {

    @Inject
    KpiLedger ledger;

    @Inject
    CostCatalogue costs;

    @Override
    public KpiReport kpis(Actor actor, KpiQuery query, Grouping grouping) {
        KpiFilter filter = new KpiFilter(query.from(), query.to(), scope(actor, query.departments()),
                query.channels(), query.categories(), query.priorities(), agents(actor, query.agents()));
        KpiFilter both = filter.withPrevious();
        return KpiReport.of(filter, grouping, KpiCounting.DESK_ZONE.getId(), ledger.read(both),
                ledger.readBuckets(both), costs.current())
                .withTops(ledger.openedByCategory(both, filter.from()).top(),
                        ledger.resolvedByRootCause(both, filter.from()).top(),
                        ledger.openedByTag(both, filter.from()).top());
    }

    /** An agent (neither supervisor nor admin) reads only their own figures, wherever they were counted. */
    static boolean readsOwnFiguresOnly(Actor actor) {
        return actor.has(Actor.Role.AGENT) && !actor.has(Actor.Role.SUPERVISOR) && !actor.isAdmin();
    }

    /** The departments the report may read: null for all (an admin, or an agent's own figures). */
    static Set<String> scope(Actor actor, Set<String> asked) {
        if (actor.isAdmin() || readsOwnFiguresOnly(actor)) {
            return asked.isEmpty() ? null : asked;
        }
        if (!actor.has(Actor.Role.SUPERVISOR)) {
            throw new ActionNotPermittedException("Reports are for agents, supervisors and admins.");
        }
        if (asked.isEmpty()) {
            return actor.departments();
        }
        Set<String> foreign = new HashSet<>(asked);
        foreign.removeAll(actor.departments());
        if (!foreign.isEmpty()) {
            throw new ActionNotPermittedException("You supervise only your own departments.");
        }
        return asked;
    }

    /** The agents whose figures the report may read: an agent only their own; the others any they ask for. */
    static Set<String> agents(Actor actor, Set<String> asked) {
        if (!readsOwnFiguresOnly(actor)) {
            return asked;
        }
        if (!asked.isEmpty() && !asked.equals(Set.of(actor.username()))) {
            throw new ActionNotPermittedException("Agents read only their own figures.");
        }
        return Set.of(actor.username());
    }
}

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
import org.triagem.application.report.Grouping;
import org.triagem.application.report.KpiFilter;
import org.triagem.application.report.KpiLedger;
import org.triagem.application.report.KpiReport;
import org.triagem.application.report.Ranked;

/** Scopes the query to what the actor supervises, reads the summed daily rows, computes the figures. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultReportService implements ReportService {

    @Inject
    KpiLedger ledger;

    @Override
    public KpiReport kpis(Actor actor, KpiQuery query, Grouping grouping) {
        KpiFilter filter = new KpiFilter(query.from(), query.to(), scope(actor, query.departments()),
                query.channels(), query.categories(), query.priorities());
        KpiFilter before = filter.previous();
        return KpiReport.of(filter, grouping, KpiCounting.DESK_ZONE.getId(), ledger.read(filter),
                ledger.readBuckets(filter))
                .withTops(Ranked.top(ledger.openedByCategory(filter), ledger.openedByCategory(before)),
                        Ranked.top(ledger.resolvedByRootCause(filter), ledger.resolvedByRootCause(before)));
    }

    /** The departments the report may read: null for all (an admin without a filter). */
    static Set<String> scope(Actor actor, Set<String> asked) {
        if (actor.isAdmin()) {
            return asked.isEmpty() ? null : asked;
        }
        if (!actor.has(Actor.Role.SUPERVISOR)) {
            throw new ActionNotPermittedException("Reports are for supervisors and admins.");
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
}

package org.triagem.application;

import org.triagem.application.report.Grouping;
import org.triagem.application.report.KpiReport;

/**
 * The service KPIs of a period, from the daily rows (docs/kpis.md). Supervisors read their own
 * departments, admins all; anyone else is refused.
 */
public interface ReportService {

    /**
     * @throws ActionNotPermittedException if the actor may not read reports, or names a department
     *     they do not supervise
     */
    KpiReport kpis(Actor actor, KpiQuery query, Grouping grouping);
}

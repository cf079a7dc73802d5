/**
 * The read side of the service KPIs (docs/kpis.md): the additive counters kept per day, department,
 * channel, category, priority and agent as events happen (case events, and the survey and repeat-contact
 * events the history does not hold), the fixed time buckets that stand in for a scan
 * when a median or a p90 is asked for, and the arithmetic that turns summed rows into the figures a
 * SAC manager reads, the survey scores and the cost estimate among them ({@link
 * org.triagem.application.report.CostRates}: the manager's figures). Nothing here touches a database: {@link org.triagem.application.report.KpiLedger}
 * is the port its adapter implements.
 */
package org.triagem.application.report;

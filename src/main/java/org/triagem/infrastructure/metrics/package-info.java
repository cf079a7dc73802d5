/**
 * Operational metrics with MicroProfile Metrics (Liberty's mpMetrics-5.1 serves them at /metrics in the
 * Prometheus text format; docs/operating.md lists them). Counters and the decision timer are fed
 * through the application's {@code OperationalMetrics} port, and count only what committed; the gauges
 * read the database every few seconds on a managed thread, so a scrape only reads memory however often
 * it comes.
 */
package org.triagem.infrastructure.metrics;

/**
 * The vocabulary that the analysts' rule sets speak. {@link org.triagem.domain.model.routing.Complaint}
 * is the fact a rule reads (what the consumer said, through which channel); {@link
 * org.triagem.domain.model.routing.Decision} is the worksheet rules fill in (category, department,
 * priority, SLA targets). Rules only call the verbs on {@code Decision}; they never send mail or touch
 * the database. {@link org.triagem.domain.model.routing.RoutingDecision} is the finished, immutable
 * result a case is opened with. Documented for analysts in {@code docs/rules.md}.
 */
package org.triagem.domain.model.routing;

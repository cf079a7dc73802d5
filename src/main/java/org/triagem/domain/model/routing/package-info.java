/**
 * The vocabulary that the analysts' rule sets speak. {@link org.triagem.domain.model.routing.Complaint}
 * is the fact a rule reads at intake (what the consumer said, through which channel, who the customer
 * is), built only by {@link org.triagem.domain.model.routing.ComplaintFacts}, the one mapping from a
 * contact, a case, a simulation sample or a scenario row, with {@link
 * org.triagem.domain.model.routing.CustomerFacts} for what is known of the customer; {@link
 * org.triagem.domain.model.routing.Decision} is the worksheet intake rules fill in (category,
 * tags, department, priority, SLA targets). Later, at each SLA checkpoint, escalation rules read a
 * {@link org.triagem.domain.model.routing.Checkpoint} and fill in an
 * {@link org.triagem.domain.model.routing.EscalationDecision}. When a case is resolved, survey rules read a {@link
 * org.triagem.domain.model.routing.ResolvedCase} and fill in a {@link
 * org.triagem.domain.model.routing.SurveyDecision}. Rules only call the verbs on the
 * worksheets; they never send mail or touch the database. {@link
 * org.triagem.domain.model.routing.RoutingDecision} is the finished, immutable result a case is opened
 * with. {@link org.triagem.domain.model.routing.Explanation} and {@link
 * org.triagem.domain.model.routing.SurveyExplanation} say why a version decided as it did, {@link
 * org.triagem.domain.model.routing.DecisionStage} by stage, for analysts who simulate a sample.
 * Documented for analysts in {@code docs/rules.md}.
 */
package org.triagem.domain.model.routing;

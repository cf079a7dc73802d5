/**
 * Drools behind the {@link org.triagem.domain.model.routing.RoutingDecisions} port, and behind the
 * {@link org.triagem.application.RuleEngine} and {@link org.triagem.application.RuleTrees} ports through
 * which rule-set administration builds, installs and explains versions without seeing a Drools type
 * ({@link org.triagem.infrastructure.rules.DroolsRuleEngine}, which keeps the compiled versions). The
 * analysts' rules tree arrives as a zip or from the rules directory ({@link org.triagem.infrastructure.rules.RuleSetArchive}),
 * is compiled into one KieBase for the four intake folders (each folder a ruleflow group, run in order
 * in one session per complaint) and one for escalation, and kept as an immutable
 * {@link org.triagem.infrastructure.rules.CompiledRuleSet} that is swapped atomically, so a complaint that
 * started on one version finishes on it. Every session is new and disposed after its decision: a reused
 * session leaks memory at every firing, and a pooled one broke first-match tables. Every decision stage
 * is capped in rule firings, so a looping rule ends
 * in a {@link org.triagem.infrastructure.rules.RuleLoopException} rather than a hung thread, and
 * {@link org.triagem.infrastructure.rules.RuleSetVetting} compiles a candidate and runs its sample
 * complaints ({@code rules/scenarios/}) before it may become active. An uploaded tree is checked by
 * {@link org.triagem.infrastructure.rules.safety.UploadedRulesCheck} before it reaches the compiler. Which version is active is decided
 * in the database; {@link org.triagem.infrastructure.rules.ActiveRuleSet} only holds this node's copy.
 */
package org.triagem.infrastructure.rules;

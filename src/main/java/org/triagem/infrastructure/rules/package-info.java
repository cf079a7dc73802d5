/**
 * Drools behind the {@link org.triagem.domain.model.routing.RoutingDecisions} port. The analysts' rules
 * tree is read from a directory at run time, compiled into one KieBase per decision folder, and kept as
 * an immutable {@link org.triagem.infrastructure.rules.CompiledRuleSet} that is swapped atomically, so a
 * complaint that started on one version finishes on it. Sessions are stateless: a reused stateful
 * session leaks memory at every firing. Every session is capped in rule firings, so a looping rule ends
 * in a {@link org.triagem.infrastructure.rules.RuleLoopException} rather than a hung thread, and
 * {@link org.triagem.infrastructure.rules.ScenarioRunner} checks a compiled version against the sample
 * complaints in {@code rules/scenarios/} before it may become active.
 */
package org.triagem.infrastructure.rules;

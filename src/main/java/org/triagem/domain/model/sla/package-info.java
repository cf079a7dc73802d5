/**
 * Service levels and their clocks. {@link org.triagem.domain.model.sla.SlaTargets} come from the {@code sla}
 * rule set; each case runs one {@link org.triagem.domain.model.sla.SlaClock} per target (first response and
 * resolution in business minutes on the department's calendar, the legal answer in calendar days), pausing
 * while it waits on the customer as the {@link org.triagem.domain.model.sla.SlaPolicy} says. Each clock has
 * {@link org.triagem.domain.model.sla.SlaCheckpoint}s at percentages of its target, where the escalation
 * rules are asked what to do; each fires once.
 */
package org.triagem.domain.model.sla;

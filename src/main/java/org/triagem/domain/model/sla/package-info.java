/**
 * Service-level targets: how fast a case must get its first response and its resolution (business
 * minutes, by the department's calendar) and the legal deadline in calendar days that the SAC decree
 * sets for an answer. The targets come from the {@code sla} rule set; this package only holds them.
 */
package org.triagem.domain.model.sla;

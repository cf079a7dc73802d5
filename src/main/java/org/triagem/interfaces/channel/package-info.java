/**
 * Translators from each channel's payload to an {@link org.triagem.domain.model.complaint.IncomingContact},
 * or, for the phone channel, to a checked call event (webhook body, CDR file line, broker message),
 * called by the Camel routes by name, and the route-side quarantine step. Thin on purpose: parsing
 * belongs here, decisions belong to the rules.
 */
package org.triagem.interfaces.channel;

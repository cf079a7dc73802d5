/**
 * Calls on the SAC phone channel: the events a telephony platform reports about a call
 * ({@link org.triagem.domain.model.phone.CallEvent}), and the record of the events already applied
 * ({@link org.triagem.domain.model.phone.PhoneEvents}), which makes every delivery path (webhook,
 * batch file, broker) idempotent on the event id.
 */
package org.triagem.domain.model.phone;

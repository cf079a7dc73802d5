/**
 * Contacts that could not be registered as cases. Each keeps its raw payload, the channel it came
 * through and the reason, so nothing a consumer sent is ever lost and it can be replayed once the
 * cause is fixed.
 */
package org.triagem.domain.model.quarantine;

/**
 * The short verification code a customer gets with the protocol number on every receipt (the web
 * form's page, the acknowledgement mail, the phone system's answer to read out), so that a customer
 * who gave no e-mail address or CPF (an anonymous complaint, any phone caller) can still follow the
 * case and act on it: the protocol says which case, the code that it is theirs. Kept beside the case,
 * keyed by its protocol number, never in a log.
 */
package org.triagem.domain.model.verification;

package org.triagem.application;

import org.triagem.domain.model.complaint.IncomingContact;

/** Turns an inbound contact into a case, once. */
public interface IntakeService {

    /**
     * Registers the contact in one transaction: dedupe on its source key, ask the rules for the
     * decision, open the case with a new protocol number.
     *
     * @return the receipt; for a contact already registered, the receipt of the existing case
     */
    IntakeReceipt register(IncomingContact contact);
}

package org.triagem.application;

import java.util.List;
import org.triagem.domain.model.complaint.IncomingContact;

/** Registers several contacts at once: for a channel that receives them in batches, as a mailbox poll does. */
public interface BatchIntakeService {

    /**
     * Registers the contacts in order, each as {@link IntakeService#register} would, in ONE transaction:
     * each contact's dedupe key is stored with its case, and either all of them commit or none does.
     *
     * @return the receipts, in the order of the contacts
     */
    List<IntakeReceipt> registerAll(List<IncomingContact> contacts);
}

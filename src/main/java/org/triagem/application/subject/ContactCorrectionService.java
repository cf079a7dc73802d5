package org.triagem.application.subject;

import org.triagem.application.Actor;
import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * LGPD Art. 18 III: the customer's contact data on a case corrected by staff of the case's department or
 * the DPO, audited in the case's history and the DPO's audit list.
 */
public interface ContactCorrectionService {

    /** Name, e-mail and phone as they should be (blank clears one), and why; whether anything changed. */
    boolean correct(Actor staff, ProtocolNumber protocol, String name, String email, String phone, String reason);
}

package org.triagem.application;

import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.verification.VerificationCode;

/**
 * What the channel tells the consumer: the protocol number, whether this contact opened it, and the
 * verification code that, with the protocol, lets the customer follow the case on the status page
 * (null when there is none to tell: a contact that joined a case, a mail that gets no acknowledgement).
 */
public record IntakeReceipt(ProtocolNumber protocol, boolean newCase, VerificationCode verificationCode) {

    public IntakeReceipt(ProtocolNumber protocol, boolean newCase) {
        this(protocol, newCase, null);
    }
}

package org.triagem.application;

import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.verification.VerificationCode;

/**
 * What the phone system is told about one call event: the protocol number to read out, whether this
 * event opened the case, whether it had been applied before (a retry, answered the same way), and the
 * verification code to read out with the protocol (only in the answer of the event that opened the
 * case, and of its retries; null otherwise).
 */
public record CallAnswer(String eventId, String callId, ProtocolNumber protocol, boolean newCase,
        boolean alreadyApplied, VerificationCode verificationCode) {

    public CallAnswer(String eventId, String callId, ProtocolNumber protocol, boolean newCase,
            boolean alreadyApplied) {
        this(eventId, callId, protocol, newCase, alreadyApplied, null);
    }
}

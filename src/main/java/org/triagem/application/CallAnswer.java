package org.triagem.application;

import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * What the phone system is told about one call event: the protocol number to read out, whether this
 * event opened the case, and whether it had been applied before (a retry, answered the same way).
 */
public record CallAnswer(String eventId, String callId, ProtocolNumber protocol, boolean newCase,
        boolean alreadyApplied) {
}

package org.triagem.domain.model.phone;

import org.triagem.domain.model.complaint.ProtocolNumber;

/** A call event that was applied: to which case, whether it opened it, and the digest of its payload. */
public record AppliedCallEvent(String eventId, CallEventType type, String callId, ProtocolNumber protocol,
        boolean openedTheCase, String payloadSha256) {

    /** Same id and same bytes: a retry. Same id, other bytes: the id was reused for another event. */
    public boolean isRetryOf(CallEvent event) {
        return payloadSha256.equals(event.payloadSha256());
    }
}

package org.triagem.domain.model.retention;

import java.time.OffsetDateTime;

/**
 * A hold the DPO placed on a case (by protocol) or on a data subject (by the hash of their key), with the
 * reason: while it stands, neither a request nor the retention job anonymises what it covers. Released,
 * not deleted, so the record of the hold remains.
 */
public record LegalHold(long id, String protocol, String subjectHash, String subjectMasked, String reason,
        String placedBy, OffsetDateTime placedAt, String releasedBy, OffsetDateTime releasedAt) {

    public boolean isActive() {
        return releasedAt == null;
    }

    /** What the refusal says: the case, or the masked subject, and the reason. */
    public Hold asHold() {
        return new Hold(Hold.Kind.LEGAL_HOLD, protocol, reason);
    }
}

package org.triagem.domain.model.retention;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The audit of one anonymisation: who (a DPO's user name, or the retention job), when, why, which cases
 * (by protocol), and the subject by hash and masked form only.
 */
public record AnonymisationRecord(String performedBy, OffsetDateTime performedAt, String reason,
        String subjectHash, String subjectMasked, List<String> protocols, Long runId) {

    public AnonymisationRecord {
        protocols = List.copyOf(protocols);
    }
}

package org.triagem.domain.model.retention;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The DPO's legal holds. */
public interface LegalHolds {

    LegalHold place(String protocol, SubjectKey subject, String reason, String placedBy, OffsetDateTime at);

    /** Releases an active hold; empty when there is no active hold of that id. */
    Optional<LegalHold> release(long id, String releasedBy, OffsetDateTime at);

    List<LegalHold> active();

    /** The active holds on any of these cases or subject hashes. */
    List<LegalHold> activeOn(Collection<String> protocols, Collection<String> subjectHashes);
}

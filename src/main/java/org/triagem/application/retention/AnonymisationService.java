package org.triagem.application.retention;

import java.util.List;
import java.util.Optional;
import org.triagem.domain.model.retention.AnonymisationRecord;
import org.triagem.domain.model.retention.LegalHold;
import org.triagem.domain.model.retention.SubjectKey;

/** Anonymisation of a data subject on request (LGPD Art. 18 IV and VI), and the legal holds that stop it. */
public interface AnonymisationService {

    /**
     * Anonymises every case of the subject and scrubs their quarantined payloads, or (dry) says what would
     * change. Throws {@link org.triagem.domain.model.retention.AnonymisationRefusedException} naming every hold
     * when any case is held (nothing is changed then), and {@link SubjectNotFoundException} when nothing
     * carries the subject's key.
     */
    AnonymisationReport anonymise(SubjectKey subject, String reason, String actor, boolean dryRun);

    /** Places a hold on a case (by protocol) or on a subject; exactly one of the two. */
    LegalHold placeHold(String protocol, SubjectKey subject, String reason, String actor);

    Optional<LegalHold> releaseHold(long id, String actor);

    List<LegalHold> activeHolds();

    List<AnonymisationRecord> audit(int limit);
}

package org.triagem.domain.model.subject;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The subject requests and the audit list (port; {@code JpaSubjectRequests} in infrastructure). */
public interface SubjectRequests {

    void add(SubjectRequest request);

    Optional<SubjectRequest> find(long id);

    /**
     * Claims open requests whose next checkpoint is due at {@code now}, skipping rows another node holds
     * ({@code FOR UPDATE SKIP LOCKED}) and leasing them for {@code leaseSeconds}.
     */
    List<Long> claimDue(OffsetDateTime now, int limit, int leaseSeconds);

    /** The request locked for its escalation; empty when it was fulfilled since it was claimed. */
    Optional<SubjectRequest> lockOpen(long id);

    /** The newest requests first; with a subject hash, only that subject's. */
    List<SubjectRequest> newest(String subjectHash, int limit);

    /** Requests received in {@code [from, to)}, to count them. */
    List<SubjectRequest> receivedBetween(OffsetDateTime from, OffsetDateTime to);

    void audit(SubjectAudit line);

    /** The newest audit lines first; with a subject hash, only that subject's. */
    List<SubjectAudit> auditLines(String subjectHash, int limit);
}

package org.triagem.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.triagem.domain.model.retention.AnonymisationRecord;
import org.triagem.domain.model.retention.DataKind;
import org.triagem.domain.model.retention.LegalHold;
import org.triagem.domain.model.retention.LegalHolds;
import org.triagem.domain.model.retention.PrivacyAudit;
import org.triagem.domain.model.retention.RetentionSweeps;
import org.triagem.domain.model.retention.SubjectCase;
import org.triagem.domain.model.retention.SubjectCases;

/**
 * One batch of the retention job, in a transaction of its own: the claim's row locks last until the batch is
 * written, so another node's claim skips those rows, and a failed batch rolls back whole and is claimed again
 * on the next run.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class RetentionBatches {

    /** Who the audit names for the job's anonymisations. */
    static final String JOB = "retention-job";

    /** What one batch of closed cases came to; {@code lastId} is where the next claim starts. */
    record Outcome(int claimed, int anonymised, long lastId) {
    }

    @Inject
    SubjectCases cases;

    @Inject
    LegalHolds holds;

    @Inject
    RetentionSweeps sweeps;

    @Inject
    PrivacyAudit audit;

    /**
     * Claims a batch of cases past the policy, leaves out those whose subject the DPO holds (a hold on the case
     * itself is already in the claim), anonymises the rest and audits them under the run.
     */
    Outcome anonymiseExpired(OffsetDateTime untouchedSince, OffsetDateTime callsSince, long afterId, int limit,
            long runId, int days, OffsetDateTime now) {
        List<SubjectCase> claimed = cases.claimExpired(untouchedSince, callsSince, afterId, limit);
        if (claimed.isEmpty()) {
            return new Outcome(0, 0, afterId);
        }
        Set<String> hashes = new HashSet<>();
        claimed.forEach(c -> hashes.addAll(c.subjectHashes()));
        Set<String> held = new HashSet<>();
        holds.activeOn(List.of(), hashes).stream().map(LegalHold::subjectHash).forEach(held::add);
        List<SubjectCase> free = claimed.stream()
                .filter(c -> c.subjectHashes().stream().noneMatch(held::contains)).toList();
        if (!free.isEmpty()) {
            cases.anonymise(free, now);
            audit.record(new AnonymisationRecord(JOB, now, "política de retenção: casos encerrados há " + days
                    + " dias", null, null, free.stream().map(SubjectCase::protocol).toList(), runId));
        }
        return new Outcome(claimed.size(), free.size(), claimed.get(claimed.size() - 1).id());
    }

    int sweep(DataKind kind, OffsetDateTime cutoff, int limit) {
        return sweeps.sweep(kind, cutoff, limit);
    }
}

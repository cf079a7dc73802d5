package org.triagem.domain.model.sla;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The escalation checkpoints, as the sweeper claims them, due by the application's clock. */
public interface Checkpoints {

    /**
     * Claims up to {@code limit} open checkpoints due by {@code now}, in due order, skipping rows another
     * node holds, and leases them until {@code leaseSeconds} after {@code now} so no other node takes them
     * meanwhile.
     * A node that dies leaves its lease to run out; the checkpoints are then claimed again.
     */
    List<Claim> claimDue(OffsetDateTime now, int limit, int leaseSeconds);

    /** A claimed checkpoint and the case it belongs to (checkpoints of one case fire one after another). */
    record Claim(long checkpointId, long caseId) {
    }

    /** The checkpoint and its case, locked for this transaction and read fresh, if it is still open. */
    Optional<SlaCheckpoint> lockOpen(long id);
}

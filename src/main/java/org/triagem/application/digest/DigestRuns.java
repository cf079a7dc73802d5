package org.triagem.application.digest;

import java.time.OffsetDateTime;

/**
 * The digests already sent, one per department and period. {@link #claim} is the whole of the
 * multi-node protocol: a unique key in the shared database, written in the transaction that queues the
 * mail. No lock is held between nodes and no node is elected.
 */
public interface DigestRuns {

    /**
     * Records that the department's digest of the period is being sent, in the caller's transaction.
     *
     * @return true if this call recorded it; false if it was already recorded (or another node's
     *     transaction recording it commits first, on PostgreSQL this call then waits for it)
     */
    boolean claim(String department, DigestPeriod period, String sentBy, int recipients, OffsetDateTime now);
}

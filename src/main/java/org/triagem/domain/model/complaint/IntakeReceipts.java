package org.triagem.domain.model.complaint;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Which case each delivered contact opened, by its source key (for mail: mailbox, UIDVALIDITY and
 * UID), so a redelivery, or the same mail polled by a second node, opens nothing new.
 */
public interface IntakeReceipts {

    Optional<ProtocolNumber> caseFor(Channel channel, String sourceKey);

    /**
     * Claims the source key for the current transaction, before any case is opened. Answers false when
     * another registration holds it; a database server makes this call wait until that registration
     * commits (the key is then taken: see {@link #caseFor}) or rolls back (the claim is then ours).
     */
    boolean claim(Channel channel, String sourceKey, OffsetDateTime now);

    /**
     * Names the case each claimed key opened or joined, in the same transaction as the claims and the
     * cases, once the cases are written.
     */
    void recordAll(List<Received> received);

    /** A claimed source key and the case its contact opened or joined. */
    record Received(Channel channel, String sourceKey, Case complaintCase) {
    }
}

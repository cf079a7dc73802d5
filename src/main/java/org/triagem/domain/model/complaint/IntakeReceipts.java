package org.triagem.domain.model.complaint;

import java.time.OffsetDateTime;
import java.util.Optional;

/** Which case each delivered contact opened, by its source key, so a redelivery opens nothing new. */
public interface IntakeReceipts {

    Optional<ProtocolNumber> caseFor(Channel channel, String sourceKey);

    /** Written in the same transaction as the case. */
    void record(Channel channel, String sourceKey, Case complaintCase, OffsetDateTime now);
}

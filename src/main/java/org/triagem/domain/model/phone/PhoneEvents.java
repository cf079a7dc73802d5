package org.triagem.domain.model.phone;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.triagem.domain.model.complaint.Case;

/**
 * The call events already applied, by event id, with the answer each got. Written in the same
 * transaction as the event's effect, so a retried delivery finds it and changes nothing.
 */
public interface PhoneEvents {

    Optional<AppliedCallEvent> find(String eventId);

    void record(CallEvent event, Case complaintCase, boolean openedTheCase, OffsetDateTime now);
}

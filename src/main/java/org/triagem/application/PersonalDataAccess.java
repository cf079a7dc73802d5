package org.triagem.application;

import java.time.OffsetDateTime;
import java.util.List;
import org.triagem.domain.model.complaint.PersonalField;
import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * Need to know (LGPD Art. 6, III and X): staff see the customer's identifiers masked; one who needs one in
 * full (to call back, to check an address) reveals that field of that case with a reason, and every reveal
 * is on the record the data protection officer reads.
 */
public interface PersonalDataAccess {

    /**
     * The field in full, recorded in the case's history with the actor and the reason.
     *
     * @throws CaseNotFoundException when the actor does not work in the case's department, as for an
     *     unknown protocol
     * @throws org.triagem.domain.model.complaint.InvalidCaseRequestException without a reason, or when the
     *     customer left no such identifier
     */
    String reveal(Actor actor, ProtocolNumber protocol, PersonalField field, String reason);

    /** Every reveal between the two instants, newest first, at most {@code limit}. */
    List<Unmasking> unmaskings(OffsetDateTime from, OffsetDateTime to, int limit);

    /** One reveal, as the data protection officer reads it. */
    record Unmasking(OffsetDateTime at, String actor, String protocol, String department, String field,
            String reason) {
    }
}

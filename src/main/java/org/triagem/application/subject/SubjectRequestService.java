package org.triagem.application.subject;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.triagem.application.Actor;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.subject.Delivery;
import org.triagem.domain.model.subject.RequestChannel;
import org.triagem.domain.model.subject.RequestKind;

/**
 * The data subjects' requests: the history of their complaints (Decreto 11.034/2022 Art. 12) and access to
 * their data (LGPD Art. 18 II), each tracked on its own clock (docs/privacy.md).
 */
public interface SubjectRequestService {

    /**
     * On the status page, the customer verified for {@code protocol} asks for their history: it is
     * registered and fulfilled at once, as a download; empty when the verification does not hold.
     */
    Optional<HistoryDocument> historyOnStatusPage(ProtocolNumber protocol, String verification);

    /** On the status page, the verified customer asks for the full declaration of their data (15 days). */
    Optional<RequestView> accessOnStatusPage(ProtocolNumber protocol, String verification);

    /**
     * Staff register a request the customer of {@code protocol} made by phone or in writing. A history
     * request is fulfilled at once by mail when the customer has an e-mail address; otherwise it waits, on
     * its clock, for staff to deliver it and record how.
     */
    RequestView register(Actor staff, ProtocolNumber protocol, RequestKind kind, RequestChannel channel);

    /** Staff or the DPO record that they delivered an open request. */
    RequestView fulfil(Actor staff, long id, Delivery how);

    /** The customer's history for an open request, for staff to hand over (PDF). */
    HistoryDocument historyFor(Actor staff, long id);

    /** The newest requests (the DPO, admins and supervisors). */
    List<RequestView> newest(Actor reader, int limit);

    /** How the requests received in the period fared, per kind (DPO, admins, supervisors). */
    List<RequestTally> tally(Actor reader, LocalDate from, LocalDate to);
}

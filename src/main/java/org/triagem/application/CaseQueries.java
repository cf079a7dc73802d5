package org.triagem.application;

import java.util.List;
import java.util.Optional;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.ProtocolNumber;

/** Reading cases, with their history loaded. */
public interface CaseQueries {

    Optional<Case> byProtocol(ProtocolNumber protocol);

    List<Case> search(String text, int limit);
}

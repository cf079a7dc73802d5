package org.triagem.domain.model.complaint;

import java.util.List;
import java.util.Optional;

/** Where cases are kept. */
public interface CaseRepository {

    /** Draws the next protocol sequence value; unique across all nodes sharing the database. */
    long nextProtocolSequence();

    void add(Case complaintCase);

    Optional<Case> find(ProtocolNumber protocol);

    /** Cases whose subject or description contains the text, newest first. */
    List<Case> search(String text, int limit);
}

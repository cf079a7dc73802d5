package org.triagem.domain.model.search;

import org.triagem.domain.model.complaint.Case;

/**
 * Keeps cases findable. Every application service that changes what a search finds in a case (the case
 * opened, a message from the customer, a staff reply or note, the customer identified by name) calls
 * {@link #index} once its verbs ran, in the same transaction: the search text rolls back with the change.
 * The search itself runs with the case list's other filters ({@code CaseRepository.list}, its text).
 */
public interface CaseSearch {

    /**
     * How many matching cases a search ranks: the newest, after the list's other filters. Ranking every
     * match of a common word ("cobrança" is in a quarter of a desk's cases) would read all of them; staff
     * narrow a search that finds more.
     */
    int RANKED = 200;

    /** Indexes nothing: for unit tests that build a service by hand. */
    CaseSearch NONE = c -> { };

    /** Makes the case findable as it stands now, replacing what was indexed of it before. */
    void index(Case complaintCase);
}

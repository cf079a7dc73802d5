package org.triagem.domain.model.complaint;

import java.util.List;

/**
 * One page of a case list, and how many cases match in all. A search ranks only so many matching cases
 * (the newest); {@code capped} says more matched than it ranked, and {@code total} counts the ranked ones.
 */
public record CasePage(List<Case> cases, long total, boolean capped) {

    /** A page of a list that counted every match. */
    public CasePage(List<Case> cases, long total) {
        this(cases, total, false);
    }
}

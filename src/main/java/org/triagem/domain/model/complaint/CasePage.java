package org.triagem.domain.model.complaint;

import java.util.List;

/** One page of a case list, and how many cases match in all. */
public record CasePage(List<Case> cases, long total) {
}

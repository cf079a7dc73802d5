package org.triagem.domain.model.complaint;

import java.util.Set;

/**
 * What a case list asks for. Every criterion is optional. {@code departments} is the set the asker
 * may see ({@code null} for all, an admin): the query service fills it, never the client.
 */
public record CaseFilter(String text, Set<CaseStatus> statuses, Set<Priority> priorities, String department,
        String assignee, boolean unassignedOnly, Sort sort, int offset, int limit, Set<String> departments) {

    /** List orders: newest first, or the nearest legal deadline first. */
    public enum Sort {
        NEWEST,
        DUE
    }

    public CaseFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
        sort = sort == null ? Sort.NEWEST : sort;
        departments = departments == null ? null : Set.copyOf(departments);
    }

    /** The same filter, narrowed to the departments the asker may see. */
    public CaseFilter within(Set<String> visible) {
        return new CaseFilter(text, statuses, priorities, department, assignee, unassignedOnly, sort, offset, limit,
                visible);
    }
}

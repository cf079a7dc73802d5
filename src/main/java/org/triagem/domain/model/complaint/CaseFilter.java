package org.triagem.domain.model.complaint;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * What a case list asks for. Every criterion is optional. {@code departments} is the set the asker
 * may see ({@code null} for all, an admin): the query service fills it, never the client.
 * {@code opened} narrows the list to cases opened in a time window (the dashboard's click-through
 * asks for the cases behind one bar of a chart).
 */
public record CaseFilter(String text, Set<CaseStatus> statuses, Set<Priority> priorities, String department,
        String assignee, boolean unassignedOnly, Sort sort, int offset, int limit, Set<String> departments,
        Set<Channel> channels, Set<String> categories, OpenedWithin opened) {

    /** List orders: newest first, or the nearest legal deadline first. */
    public enum Sort {
        NEWEST,
        DUE
    }

    /**
     * Cases opened at or after {@code from} and before {@code before}; either end may be open (null).
     */
    public record OpenedWithin(OffsetDateTime from, OffsetDateTime before) {

        public static final OpenedWithin ANY_TIME = new OpenedWithin(null, null);

        public OpenedWithin {
            if (from != null && before != null && !before.isAfter(from)) {
                throw new IllegalArgumentException("the window ends before it starts");
            }
        }
    }

    public CaseFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
        sort = sort == null ? Sort.NEWEST : sort;
        departments = departments == null ? null : Set.copyOf(departments);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        opened = opened == null ? OpenedWithin.ANY_TIME : opened;
    }

    /** A filter on the queue's first criteria only: any channel, category and opening time. */
    public CaseFilter(String text, Set<CaseStatus> statuses, Set<Priority> priorities, String department,
            String assignee, boolean unassignedOnly, Sort sort, int offset, int limit, Set<String> departments) {
        this(text, statuses, priorities, department, assignee, unassignedOnly, sort, offset, limit, departments,
                Set.of(), Set.of(), OpenedWithin.ANY_TIME);
    }

    /** The same filter, narrowed to the departments the asker may see. */
    public CaseFilter within(Set<String> visible) {
        return new CaseFilter(text, statuses, priorities, department, assignee, unassignedOnly, sort, offset, limit,
                visible, channels, categories, opened);
    }

    /** The same filter, narrowed to these channels, categories and opening window. */
    public CaseFilter originating(Set<Channel> onChannels, Set<String> inCategories, OpenedWithin openedWithin) {
        return new CaseFilter(text, statuses, priorities, department, assignee, unassignedOnly, sort, offset, limit,
                departments, onChannels, inCategories, openedWithin);
    }
}

package org.triagem.domain.model.complaint;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * What a case list asks for. Every criterion is optional. {@code departments} is the set the asker
 * may see ({@code null} for all, an admin): the query service fills it, never the client.
 * {@code opened} narrows the list to cases opened in a time window (the dashboard's click-through
 * asks for the cases behind one bar of a chart); {@code due} to cases by their running SLA clocks.
 */
public record CaseFilter(String text, Set<CaseStatus> statuses, Set<Priority> priorities, String department,
        String assignee, boolean unassignedOnly, Sort sort, int offset, int limit, Set<String> departments,
        Set<Channel> channels, Set<String> categories, OpenedWithin opened, Due due) {

    /** List orders: newest first, or the running SLA clock that falls due first (any clock) first. */
    public enum Sort {
        NEWEST,
        DUE
    }

    /**
     * Cases opened at or after {@code from} and before {@code before}; either end may be open (null).
     * A window that ends where it starts is empty.
     */
    public record OpenedWithin(OffsetDateTime from, OffsetDateTime before) {

        public static final OpenedWithin ANY_TIME = new OpenedWithin(null, null);

        public OpenedWithin {
            if (from != null && before != null && before.isBefore(from)) {
                throw new IllegalArgumentException("the window ends before it starts");
            }
        }

        /** The same window starting no earlier than {@code since}: empty when it ended by then. */
        public OpenedWithin since(OffsetDateTime since) {
            if (since == null || (from != null && !since.isAfter(from))) {
                return this;
            }
            return new OpenedWithin(before != null && before.isBefore(since) ? before : since, before);
        }
    }

    /**
     * Cases by their running SLA clocks (first response, resolution, legal; a paused or stopped clock does
     * not count), as of {@code now}: {@link Kind#BREACHED} has a running clock past its due time;
     * {@link Kind#WITHIN} has none past due, and its nearest one falls due before {@code horizon}. The two
     * never share a case: a case already overdue is in the first list only.
     */
    public record Due(Kind kind, OffsetDateTime now, OffsetDateTime horizon) {

        /** The kinds of due criterion. */
        public enum Kind {
            ANY,
            BREACHED,
            WITHIN
        }

        public static final Due ANY = new Due(Kind.ANY, null, null);

        public Due {
            if (kind == null) {
                throw new IllegalArgumentException("a due criterion needs a kind");
            }
            if (kind != Kind.ANY && now == null) {
                throw new IllegalArgumentException("a due criterion needs the time it is read at");
            }
            if (kind == Kind.WITHIN && (horizon == null || !horizon.isAfter(now))) {
                throw new IllegalArgumentException("a due window must end after now");
            }
        }

        /** Cases with a running clock past its due time at {@code now}. */
        public static Due breachedAt(OffsetDateTime now) {
            return new Due(Kind.BREACHED, now, null);
        }

        /** Cases with no running clock past due whose nearest running clock falls due within {@code window}. */
        public static Due within(Duration window, OffsetDateTime now) {
            return new Due(Kind.WITHIN, now, now.plus(window));
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
        due = due == null ? Due.ANY : due;
    }

    /** A filter on the queue's first criteria only: any channel, category, opening time and due time. */
    public CaseFilter(String text, Set<CaseStatus> statuses, Set<Priority> priorities, String department,
            String assignee, boolean unassignedOnly, Sort sort, int offset, int limit, Set<String> departments) {
        this(text, statuses, priorities, department, assignee, unassignedOnly, sort, offset, limit, departments,
                Set.of(), Set.of(), OpenedWithin.ANY_TIME, Due.ANY);
    }

    /** The same filter, narrowed to the departments the asker may see. */
    public CaseFilter within(Set<String> visible) {
        return new CaseFilter(text, statuses, priorities, department, assignee, unassignedOnly, sort, offset, limit,
                visible, channels, categories, opened, due);
    }

    /** The same filter, narrowed to these channels, categories and opening window. */
    public CaseFilter originating(Set<Channel> onChannels, Set<String> inCategories, OpenedWithin openedWithin) {
        return new CaseFilter(text, statuses, priorities, department, assignee, unassignedOnly, sort, offset, limit,
                departments, onChannels, inCategories, openedWithin, due);
    }

    /** The same filter, narrowed to cases by their running clocks. */
    public CaseFilter byClocks(Due dueCriterion) {
        return new CaseFilter(text, statuses, priorities, department, assignee, unassignedOnly, sort, offset, limit,
                departments, channels, categories, opened, dueCriterion);
    }
}

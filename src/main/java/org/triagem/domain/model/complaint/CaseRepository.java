package org.triagem.domain.model.complaint;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where cases are kept. */
public interface CaseRepository {

    /**
     * Draws the next {@code count} protocol sequence values in one round trip; unique across all nodes
     * sharing the database, rising, but not always consecutive (another node may draw in between).
     */
    List<Long> nextProtocolSequences(int count);

    void add(Case complaintCase);

    Optional<Case> find(ProtocolNumber protocol);

    /**
     * How many cases of this customer are still open, matched by CPF, email or phone. Zero for an
     * anonymous customer. The rules use it to spot a repeat complaint.
     */
    int countOpenFor(Customer customer);

    /**
     * Whether the customer (matched by CPF, email or phone, as {@link #countOpenFor}) has a case of any
     * status opened at or after the given time: the repeat-contact KPI. False for an anonymous customer.
     */
    boolean hasCaseOpenedSince(Customer customer, OffsetDateTime since);

    /**
     * The customer's newest open case opened after the given time (matched by CPF, email or phone),
     * for the rules to judge whether a contact repeats it. Empty for an anonymous customer.
     */
    Optional<Case> newestOpenFor(Customer customer, OffsetDateTime openedAfter);

    /**
     * {@link #countOpenFor} and {@link #newestOpenFor} at once, in one query when the customer has no
     * open case opened after the given time (the common case for intake).
     */
    default OpenCases openCasesOf(Customer customer, OffsetDateTime openedAfter) {
        return new OpenCases(countOpenFor(customer), newestOpenFor(customer, openedAfter));
    }

    /** How many cases of a customer are open, and the newest of them opened recently, if any. */
    record OpenCases(int count, Optional<Case> newestRecent) {
    }

    /** Writes the pending changes of this transaction now, so that new messages and events get their ids. */
    void flush();

    /**
     * One page of the cases matching the filter, within the filter's departments. With a text, a search
     * ({@code domain.model.search}): the best matches first, whatever the filter's sort.
     */
    CasePage list(CaseFilter filter);

    /** Department, priority and opening time of every open case in these departments (null: all). */
    List<Object[]> openCaseAges(Set<String> departments);

    /**
     * How many open cases each assignee in the department has, by priority: the counts only. What they
     * weigh is assignment policy ({@code staff.WorkloadPolicy}), not the database's business.
     */
    List<AssignedOpenCases> openCasesByAssignee(String department);

    /** {@code count} open cases of this priority assigned to {@code assignee}. */
    record AssignedOpenCases(String assignee, Priority priority, int count) {
    }

    /** Makes the case's version move on with this transaction, even when only its history grew. */
    void touch(Case complaintCase);
}

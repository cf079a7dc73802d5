package org.triagem.domain.model.complaint;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What staff may do to a case, and in which statuses: the case lifecycle as a table. The status a
 * case moves to is decided by the verb on {@link Case}; this table only says whether the verb is
 * allowed, so the API can name the allowed actions when it refuses one.
 */
public enum CaseAction {
    CLAIM(CaseStatus.NEW, CaseStatus.REOPENED),
    ASSIGN(CaseStatus.NEW, CaseStatus.REOPENED, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS, CaseStatus.PENDING_CUSTOMER),
    UNASSIGN(CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS, CaseStatus.REOPENED),
    START(CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.REOPENED, CaseStatus.PENDING_CUSTOMER),
    TRANSFER(CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS, CaseStatus.PENDING_CUSTOMER, CaseStatus.REOPENED),
    PENDING_CUSTOMER(CaseStatus.IN_PROGRESS),
    RESOLVE(CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS, CaseStatus.PENDING_CUSTOMER, CaseStatus.REOPENED),
    CLOSE(CaseStatus.RESOLVED),
    REOPEN(CaseStatus.RESOLVED),
    MERGE(CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS, CaseStatus.PENDING_CUSTOMER, CaseStatus.REOPENED),
    MARK_DUPLICATE(CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS, CaseStatus.PENDING_CUSTOMER,
            CaseStatus.REOPENED);

    private final Set<CaseStatus> allowedIn;

    CaseAction(CaseStatus first, CaseStatus... rest) {
        this.allowedIn = EnumSet.of(first, rest);
    }

    public boolean isAllowedIn(CaseStatus status) {
        return allowedIn.contains(status);
    }

    /** The actions a case in this status accepts, in lifecycle order. */
    public static Set<CaseAction> allowedIn(CaseStatus status) {
        Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
        for (CaseAction a : values()) {
            if (a.isAllowedIn(status)) {
                allowed.add(a);
            }
        }
        return allowed;
    }

    /** The name in URLs: {@code pending-customer} for {@link #PENDING_CUSTOMER}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<CaseAction> fromSlug(String slug) {
        for (CaseAction a : values()) {
            if (a.slug().equals(slug)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}

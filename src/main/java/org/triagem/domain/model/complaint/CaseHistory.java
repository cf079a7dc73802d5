package org.triagem.domain.model.complaint;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case's history as the case writes it: one {@link CaseEvent} per change, in the order they happened,
 * each with its {@link EventDetail} (the English line and the parameters a page words in its reader's
 * language). Like {@link Conversation}, a view over the case's own list, so the case stays the JPA owner
 * of the rows.
 */
final class CaseHistory {

    /** The longest detail a history line keeps; the column's size. */
    private static final int MAX_DETAIL = 2000;

    private final Case owner;
    private final List<CaseEvent> events;

    CaseHistory(Case owner, List<CaseEvent> events) {
        this.owner = owner;
        this.events = events;
    }

    void record(OffsetDateTime now, String actor, CaseEvent.Type type, CaseStatus before, CaseStatus after,
            EventDetail detail) {
        events.add(new CaseEvent(owner, now, actor, type, before, after, clip(detail.line()), detail.params()));
    }

    /** A change of one value (an assignee, a department, a priority), kept apart from the detail for reports. */
    void record(OffsetDateTime now, String actor, CaseEvent.Type type, CaseStatus before, CaseStatus after,
            String valueBefore, String valueAfter, EventDetail detail) {
        events.add(new CaseEvent(owner, now, actor, type, before, after, clip(detail.line()), detail.params())
                .withValues(valueBefore, valueAfter));
    }

    /** What the clocks did, as one entry, when they did anything. */
    void recordIfAny(EventDetail clocks, OffsetDateTime now, String actor, CaseEvent.Type type, CaseStatus status) {
        if (clocks.hasClocks()) {
            record(now, actor, type, status, status, clocks);
        }
    }

    /** When the case was last resolved; {@code otherwise} if it never was. */
    OffsetDateTime lastResolvedAt(OffsetDateTime otherwise) {
        for (int i = events.size() - 1; i >= 0; i--) {
            CaseEvent e = events.get(i);
            if (e.after() == CaseStatus.RESOLVED && e.type() == CaseEvent.Type.STATUS_CHANGED) {
                return e.occurredAt();
            }
        }
        return otherwise;
    }

    private static String clip(String detail) {
        return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 3) + "...";
    }
}

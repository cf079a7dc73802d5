package org.triagem.application.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseEvent;
import org.triagem.domain.model.complaint.CaseStatus;
import org.triagem.domain.model.department.TimeMeasure;
import org.triagem.domain.model.routing.CheckpointClock;
import org.triagem.domain.model.sla.SlaClock;

/**
 * Turns the events a transaction appended to a case's history into daily row deltas. The history is
 * the one record of what happened, so reading it here (rather than hooking every verb of
 * {@link Case}) keeps the aggregate free of reporting concerns and counts an event however it came
 * (staff action, customer mail, phone system, sweeper).
 */
public final class KpiIncrements {

    private final ZoneId zone;
    private final TimeMeasure business;
    private final Map<KpiKey, KpiDelta> deltas = new LinkedHashMap<>();

    private KpiIncrements(ZoneId zone, TimeMeasure business) {
        this.zone = zone;
        this.business = business;
    }

    /** The deltas of the events at {@code history[from..]}; {@code business} is the department's calendar. */
    public static Collection<KpiDelta> of(Case c, int from, ZoneId zone, TimeMeasure business) {
        KpiIncrements increments = new KpiIncrements(zone, business);
        List<CaseEvent> history = c.history();
        for (int i = Math.max(0, from); i < history.size(); i++) {
            increments.count(c, history, i);
        }
        return increments.deltas.values().stream().filter(d -> !d.isEmpty()).toList();
    }

    private void count(Case c, List<CaseEvent> history, int i) {
        CaseEvent e = history.get(i);
        String agent = assigneeAt(history, i);
        switch (e.type()) {
            case OPENED -> opened(c, e.occurredAt(), agent);
            case CUSTOMER_MESSAGE -> at(c, e.occurredAt(), agent).add(Counter.CONTACTS, 1);
            case STAFF_REPLY -> {
                if (countOf(history, i, CaseEvent.Type.STAFF_REPLY) == 0) {
                    firstResponse(c, e.occurredAt(), agent);
                }
            }
            case ESCALATED -> {
                if (countOf(history, i, CaseEvent.Type.ESCALATED) == 0) {
                    at(c, e.occurredAt(), agent).add(Counter.ESCALATED, 1);
                }
            }
            case SLA_MET -> clocksStopped(c, e.occurredAt(), agent);
            case STATUS_CHANGED -> statusChanged(c, history, i);
            default -> { /* not a KPI event */ }
        }
    }

    /** A new case is a contact too (the cost estimate), and counts once under each of its tags. */
    private void opened(Case c, OffsetDateTime at, String agent) {
        KpiDelta d = at(c, at, agent).add(Counter.OPENED, 1).add(Counter.CONTACTS, 1);
        c.routing().tags().forEach(d::tag);
    }

    private void firstResponse(Case c, OffsetDateTime at, String agent) {
        at(c, at, agent).time(Counter.FIRST_RESPONSE_MINUTES, TimeSeries.FIRST_RESPONSE_MINUTES, calendar(c, at), 1)
                .time(Counter.FIRST_RESPONSE_BUSINESS_MINUTES, TimeSeries.FIRST_RESPONSE_BUSINESS_MINUTES,
                        businessMinutes(c, at), 1)
                .add(Counter.FIRST_RESPONSES, 1);
    }

    private void statusChanged(Case c, List<CaseEvent> history, int i) {
        CaseEvent e = history.get(i);
        if (e.before() == CaseStatus.IN_PROGRESS && e.after() != CaseStatus.IN_PROGRESS) {
            leftProgress(c, history, i);
        }
        if (e.after() == CaseStatus.RESOLVED) {
            resolved(c, history, i);
        } else if (e.after() == CaseStatus.REOPENED && e.before() == CaseStatus.RESOLVED) {
            reopened(c, history, i);
        }
    }

    /**
     * A stretch in progress ended: its minutes count on this day for the assignee who worked it (the
     * one when work started: leaving by unassign or transfer first hands the case back to the queue).
     */
    private void leftProgress(Case c, List<CaseEvent> history, int i) {
        for (int j = i - 1; j >= 0; j--) {
            CaseEvent e = history.get(j);
            if (e.type() == CaseEvent.Type.STATUS_CHANGED && e.after() == CaseStatus.IN_PROGRESS) {
                long minutes = Math.max(0, Duration.between(e.occurredAt(), history.get(i).occurredAt()).toMinutes());
                at(c, history.get(i).occurredAt(), assigneeAt(history, j)).add(Counter.IN_PROGRESS_MINUTES, minutes);
                return;
            }
        }
    }

    private void resolved(Case c, List<CaseEvent> history, int i) {
        OffsetDateTime at = history.get(i).occurredAt();
        KpiDelta d = at(c, at, assigneeAt(history, i));
        if (resolutionsBefore(history, i) == 0) {
            d.add(Counter.FIRST_RESOLUTIONS, 1)
                    .add(Counter.FIRST_RESOLUTION_MINUTES, Math.max(0, calendar(c, at)))
                    .add(Counter.FIRST_RESOLUTION_BUSINESS_MINUTES, Math.max(0, businessMinutes(c, at)));
            if (isOneTouch(history, i)) {
                d.add(Counter.ONE_TOUCH, 1);
            }
        }
        resolution(c, history, i, 1);
    }

    /**
     * Full resolution time and requester wait: a resolution counts until the case is reopened, then the
     * later one counts. Taken back on the row it was counted on (its day, its assignee).
     */
    private void resolution(Case c, List<CaseEvent> history, int i, int sign) {
        OffsetDateTime at = history.get(i).occurredAt();
        at(c, at, assigneeAt(history, i)).add(Counter.RESOLVED, sign).rootCause(c.rootCause(), sign)
                .time(Counter.RESOLUTION_MINUTES, TimeSeries.RESOLUTION_MINUTES, calendar(c, at), sign)
                .time(Counter.RESOLUTION_BUSINESS_MINUTES, TimeSeries.RESOLUTION_BUSINESS_MINUTES,
                        businessMinutes(c, at), sign)
                .add(Counter.REQUESTER_WAITS, sign)
                .time(Counter.REQUESTER_WAIT_MINUTES, TimeSeries.REQUESTER_WAIT_MINUTES,
                        RequesterWait.minutesUntil(c, history, i), sign);
    }

    private void reopened(Case c, List<CaseEvent> history, int i) {
        int last = lastResolutionBefore(history, i);
        if (last < 0) {
            return;
        }
        resolution(c, history, last, -1);
        if (countOf(history, i, CaseEvent.Type.STATUS_CHANGED, CaseStatus.REOPENED) == 0) {
            int first = firstResolution(history);
            KpiDelta d = at(c, history.get(first).occurredAt(), assigneeAt(history, first)).add(Counter.REOPENED, 1);
            if (isOneTouch(history, first)) {
                d.add(Counter.ONE_TOUCH, -1);
            }
        }
    }

    /** Each clock this event stopped ends now, in time or late. */
    private void clocksStopped(Case c, OffsetDateTime at, String agent) {
        for (SlaClock clock : c.sla().clocks()) {
            if (clock.isStopped() && at.isEqual(clock.stoppedAt())) {
                at(c, at, agent).add(ended(clock.kind(), clock.isBreached()), 1);
            }
        }
    }

    static Counter ended(CheckpointClock kind, boolean breached) {
        return switch (kind) {
            case FIRST_RESPONSE -> breached ? Counter.FIRST_RESPONSE_BREACHED : Counter.FIRST_RESPONSE_MET;
            case RESOLUTION -> breached ? Counter.RESOLUTION_BREACHED : Counter.RESOLUTION_MET;
            case LEGAL -> breached ? Counter.LEGAL_BREACHED : Counter.LEGAL_MET;
        };
    }

    /** One-touch (FCR): at most one staff reply before the resolution. */
    private static boolean isOneTouch(List<CaseEvent> history, int resolution) {
        return countOf(history, resolution, CaseEvent.Type.STAFF_REPLY) <= 1;
    }

    private static int countOf(List<CaseEvent> history, int before, CaseEvent.Type type) {
        int n = 0;
        for (int j = 0; j < before; j++) {
            n += history.get(j).type() == type ? 1 : 0;
        }
        return n;
    }

    private static int countOf(List<CaseEvent> history, int before, CaseEvent.Type type, CaseStatus after) {
        int n = 0;
        for (int j = 0; j < before; j++) {
            n += history.get(j).type() == type && history.get(j).after() == after ? 1 : 0;
        }
        return n;
    }

    private static int resolutionsBefore(List<CaseEvent> history, int before) {
        return countOf(history, before, CaseEvent.Type.STATUS_CHANGED, CaseStatus.RESOLVED);
    }

    private static int lastResolutionBefore(List<CaseEvent> history, int before) {
        for (int j = before - 1; j >= 0; j--) {
            if (isResolution(history.get(j))) {
                return j;
            }
        }
        return -1;
    }

    private static int firstResolution(List<CaseEvent> history) {
        for (int j = 0; j < history.size(); j++) {
            if (isResolution(history.get(j))) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isResolution(CaseEvent e) {
        return e.type() == CaseEvent.Type.STATUS_CHANGED && e.after() == CaseStatus.RESOLVED;
    }

    /** The case's assignee when the event at {@code i} happened: the last hand-over up to it ("" for none). */
    static String assigneeAt(List<CaseEvent> history, int i) {
        for (int j = Math.min(i, history.size() - 1); j >= 0; j--) {
            CaseEvent e = history.get(j);
            if (e.type() == CaseEvent.Type.ASSIGNMENT) {
                return e.valueAfter() == null ? "" : e.valueAfter();
            }
        }
        return "";
    }

    private long calendar(Case c, OffsetDateTime at) {
        return Duration.between(c.openedAt(), at).toMinutes();
    }

    private long businessMinutes(Case c, OffsetDateTime at) {
        return business.minutesBetween(c.openedAt(), at);
    }

    private KpiDelta at(Case c, OffsetDateTime when, String agent) {
        return deltas.computeIfAbsent(keyOf(c, when, agent, zone), KpiDelta::new);
    }

    /** The row of an event of the case at {@code when}, with the case's dimensions now. */
    static KpiKey keyOf(Case c, OffsetDateTime when, String agent, ZoneId zone) {
        LocalDate day = when.atZoneSameInstant(zone).toLocalDate();
        return new KpiKey(day, c.department(), c.firstContact().channel().name(), c.routing().category(), c.priority().name(), agent);
    }
}

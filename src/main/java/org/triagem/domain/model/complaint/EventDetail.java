package org.triagem.domain.model.complaint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triagem.domain.model.routing.CheckpointClock;

/**
 * What one history entry says happened, twice: as the English line the {@code detail} column always
 * kept (logs, reports, rows written before migration 40), and as parameters, codes and values only,
 * which a page turns into a sentence in its reader's language ({@link CaseEvent#params()}). Each
 * {@link CaseEvent.Type} names the parameters and causes it may carry; the wording of both forms lives
 * here, not in the verbs of the case.
 */
final class EventDetail {

    /** The parameter naming which of its type's {@link CaseEvent.Type#causes() causes} an event had. */
    static final String CAUSE = "cause";
    /** The longest value kept, as long as the whole English line may be. */
    static final int MAX_VALUE = 2000;

    private final StringBuilder line;
    private final Map<String, String> params = new LinkedHashMap<>();
    /** For the clock events: one phrase per clock, joined after {@link #line}. */
    private final List<String> clockPhrases = new ArrayList<>();

    private EventDetail(String line) {
        this.line = new StringBuilder(line);
    }

    /** A line without parameters (a line made for a person: a transfer's reason). */
    static EventDetail of(String line) {
        return new EventDetail(line);
    }

    /** A line of the cause given (one of the event type's causes). */
    static EventDetail because(String cause, String line) {
        return new EventDetail(line).with(CAUSE, cause);
    }

    /** Adds a parameter; a null value is left out (the page then says nothing of it). */
    EventDetail with(String name, Object value) {
        if (value != null) {
            String text = value.toString();
            params.put(name, text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE - 3) + "...");
        }
        return this;
    }

    /**
     * One clock the event concerns, with its own parameters ({@code due}, {@code late}) kept under the
     * clock's name, and its phrase for the English line.
     */
    EventDetail clock(CheckpointClock kind, String phrase, Object... namesAndValues) {
        clockPhrases.add(phrase);
        params.merge("clocks", kind.name(), (a, b) -> a + "," + b);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            with(kind.name() + "." + namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    /** More of the English line. */
    EventDetail append(String more) {
        line.append(more);
        return this;
    }

    /** Whether a clock event concerns any clock. */
    boolean hasClocks() {
        return !clockPhrases.isEmpty();
    }

    String line() {
        return clockPhrases.isEmpty() ? line.toString() : line + String.join(", ", clockPhrases);
    }

    Map<String, String> params() {
        return Collections.unmodifiableMap(params);
    }

    // The lines of the case's own verbs, so the verbs read as verbs.

    static EventDetail opened(Channel channel, String department, Priority priority) {
        return of("opened via " + channel + ", routed to " + department + " at " + priority)
                .with("channel", channel).with("department", department).with("priority", priority);
    }

    static EventDetail claimedBy(String agent) {
        return because("CLAIMED", "claimed by " + agent).with("agent", agent);
    }

    static EventDetail assignedTo(String agent) {
        return because("ASSIGNED", "assigned to " + agent).with("agent", agent);
    }

    static EventDetail resolved(Resolution resolution) {
        return because("RESOLVED", "resolution " + resolution.code() + ", root cause " + resolution.rootCause()
                + (resolution.note() == null ? "" : ": " + resolution.note()))
                .with("resolutionCode", resolution.code()).with("rootCause", resolution.rootCause())
                .with("note", resolution.note());
    }

    static EventDetail queuedIn(String department) {
        return because("QUEUED", "in the queue of " + department).with("department", department);
    }

    static EventDetail duplicateOf(String protocol) {
        return because("DUPLICATE", "duplicate of " + protocol).with("protocol", protocol);
    }

    /** A change of status said by its cause alone: UNASSIGNED, WORK_STARTED, AWAITING_CUSTOMER, CLOSED, REOPENED. */
    static EventDetail status(String cause) {
        return because(cause, switch (cause) {
            case "UNASSIGNED" -> "back to the department's queue";
            case "WORK_STARTED" -> "work started";
            case "AWAITING_CUSTOMER" -> "waiting on the customer";
            case "CLOSED" -> "closed";
            case "REOPENED" -> "reopened";
            default -> throw new IllegalArgumentException("no status line for " + cause);
        });
    }

    /** How an assignee came or went, said by its cause alone: CLAIMED, STARTED_WORK, UNASSIGNED, TRANSFERRED. */
    static EventDetail handOver(String cause) {
        return because(cause, switch (cause) {
            case "CLAIMED" -> "claimed";
            case "STARTED_WORK" -> "took the case by starting work";
            case "UNASSIGNED" -> "unassigned";
            case "TRANSFERRED" -> "transferred";
            default -> throw new IllegalArgumentException("no hand-over line for " + cause);
        });
    }

    static EventDetail escalatedTo(String department) {
        return because("ESCALATED", "escalated to " + department).with("department", department);
    }

    static EventDetail transferred(String reason) {
        return of(reason.strip()).with("reason", reason.strip());
    }

    static EventDetail redecided(String ruleSetVersion) {
        return of("priority and SLA decided again by " + ruleSetVersion).with("ruleSetVersion", ruleSetVersion);
    }
}

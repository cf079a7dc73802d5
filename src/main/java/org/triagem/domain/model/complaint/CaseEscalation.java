package org.triagem.domain.model.complaint;

import java.time.OffsetDateTime;
import org.triagem.domain.model.routing.Checkpoint;
import org.triagem.domain.model.routing.EscalationDecision;
import org.triagem.domain.model.sla.ClockSettings;
import org.triagem.domain.model.sla.SlaCheckpoint;

/**
 * What happens to a case at a due SLA checkpoint: the fact the escalation rules judge, and what they
 * decided, applied. Reached through {@link Case#escalation()}; like the case's other parts, a view made
 * for one change, writing through the case's own routing, clocks and history.
 */
public final class CaseEscalation {

    private final Case owner;

    CaseEscalation(Case owner) {
        this.owner = owner;
    }

    /** The checkpoint as the escalation rules see it: where the case is now and how often it was escalated. */
    public Checkpoint fact(SlaCheckpoint checkpoint) {
        CaseRouting routing = owner.routing();
        return new Checkpoint(checkpoint.clock(), checkpoint.percent(), routing.department(), routing.priority(),
                routing.escalationLevel());
    }

    /**
     * Applies what the escalation rules decided at a due checkpoint and marks it fired: a raised priority,
     * a move to another department, one more escalation level (at most
     * {@value CaseRouting#MAX_ESCALATION_LEVEL}), the clock marked breached at 100 %, and the next repeat
     * scheduled while the clock stays overdue. The caller then re-targets the clocks for the new priority
     * or department ({@link Case#retarget}) and sends the notifications.
     */
    public void apply(SlaCheckpoint checkpoint, EscalationDecision decision, ClockSettings settings,
            OffsetDateTime now) {
        EventDetail done = EventDetail.of(checkpoint.clock() + " at " + checkpoint.percent() + "%")
                .with("clock", checkpoint.clock()).with("percent", checkpoint.percent());
        if (owner.sla().breachAt(checkpoint)) {
            done.append(", breached").with("breached", true);
        }
        if (decision.escalates()) {
            String from = owner.department();
            owner.routing().escalate(decision, done);
            owner.log().record(now, Case.SYSTEM, CaseEvent.Type.ESCALATED, owner.status(), owner.status(), done);
            if (!from.equals(owner.department())) {
                // Nobody in the old department can see the case any more: it waits in the new one's queue.
                owner.queueIn(owner.department(), Case.SYSTEM, now, EventDetail.escalatedTo(owner.department()));
            }
        }
        owner.sla().fired(checkpoint, done.line(), settings, now);
    }

    /** A due checkpoint that has nothing left to watch (the case is closed): fired without action. */
    public void skip(SlaCheckpoint checkpoint, String why, OffsetDateTime now) {
        checkpoint.fire(now, "skipped: " + why);
    }
}

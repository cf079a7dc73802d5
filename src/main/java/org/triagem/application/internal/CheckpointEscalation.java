package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import org.triagem.application.OperationalMetrics;
import org.triagem.application.ServiceCounters;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.routing.EscalationDecision;
import org.triagem.domain.model.routing.EscalationRules;
import org.triagem.domain.model.sla.Checkpoints;
import org.triagem.domain.model.sla.SlaCheckpoint;
import org.triagem.domain.model.sla.SlaClock;

/**
 * Fires one checkpoint, inside the caller's transaction: locks it, asks the escalation rules, applies the
 * decision to the case, re-targets the clocks if the priority or department moved, queues the supervisor's
 * notice in the outbox, and marks the checkpoint fired. A rollback undoes all of it together, so a
 * checkpoint is either fired with its effects or still open.
 */
@ApplicationScoped
class CheckpointEscalation {

    private static final Logger LOG = Logger.getLogger(CheckpointEscalation.class.getName());

    @Inject
    Checkpoints checkpoints;

    @Inject
    EscalationRules rules;

    @Inject
    DefaultCaseClocks clocks;

    @Inject
    PushEvents pushes = PushEvents.NONE;

    @Inject
    EscalationNotices notices;

    @Inject
    OperationalMetrics metrics = OperationalMetrics.NONE;

    @Inject
    ServiceCounters counters = ServiceCounters.NONE;

    @Inject
    CatalogueChecks catalogues;

    /** Returns false when the checkpoint was no longer open (another node fired it, or it moved). */
    public boolean fire(long checkpointId, OffsetDateTime now) {
        SlaCheckpoint checkpoint = checkpoints.lockOpen(checkpointId).orElse(null);
        if (checkpoint == null) {
            return false;
        }
        Case c = checkpoint.complaintCase();
        if (!c.status().isOpen()) {
            c.escalation().skip(checkpoint, "case " + c.status(), now);
            return true;
        }
        EscalationRules.Outcome outcome = rules.decide(c.escalation().fact(checkpoint));
        String refusedMove = keepToKnownDepartments(outcome.decision());
        Priority priorityBefore = c.priority();
        String departmentBefore = c.department();
        String assigneeBefore = c.assignee();
        int levelBefore = c.routing().escalationLevel();
        boolean breachedBefore = isMarkedBreached(c, checkpoint);
        int mark = ServiceCounters.mark(c);
        c.escalation().apply(checkpoint, outcome.decision(), clocks.settingsFor(c.department()), now);
        if (refusedMove != null && !outcome.decision().escalates()) {
            // The move was all the rules asked: no escalation line to carry the reason, so a note does.
            c.conversation().addInternalNote(Case.SYSTEM, refusedMove, now);
        }
        count(c, checkpoint, levelBefore, breachedBefore);
        if (c.priority() != priorityBefore || !c.department().equals(departmentBefore)) {
            clocks.retarget(c, c.priority(), c.department(), Case.SYSTEM, now);
        }
        // Escalated to a push department: handed out there as any arrival.
        pushes.afterChange(c, departmentBefore, assigneeBefore, now);
        counters.countSince(c, mark);
        if (outcome.decision().isSupervisorNotified()) {
            notices.tellSupervisor(c, checkpoint, outcome, now);
        }
        LOG.fine(() -> "checkpoint " + checkpoint + " of case " + c.protocol() + " fired; rules: "
                + outcome.firedRules());
        return true;
    }

    /**
     * A move to a department the list does not hold would take the case out of every queue: the case
     * stays, and the decision says why. Answers that reason, or null when the move (if any) stands; a
     * department spelled in another case is moved to as the list spells it.
     */
    private String keepToKnownDepartments(EscalationDecision decision) {
        String asked = decision.getNewDepartment();
        if (asked == null) {
            return null;
        }
        Optional<String> known = catalogues.knownDepartment(asked);
        if (known.isPresent()) {
            decision.moveTo(known.get());
            return null;
        }
        String why = "move to \"" + asked + "\" not made: it is not in the list of departments";
        decision.stayInstead(why);
        LOG.warning(() -> "escalation rules asked to move a case to the unknown department " + asked + "; it stays");
        return why;
    }

    /** For the operators: a clock's first breach, and an escalation with the level it reached. */
    private void count(Case c, SlaCheckpoint checkpoint, int levelBefore, boolean breachedBefore) {
        if (!breachedBefore && isMarkedBreached(c, checkpoint)) {
            metrics.slaBreached(checkpoint.clock());
        }
        if (c.routing().escalationLevel() > levelBefore) {
            metrics.escalated(checkpoint.clock(), c.routing().escalationLevel());
        }
    }

    private static boolean isMarkedBreached(Case c, SlaCheckpoint checkpoint) {
        SlaClock clock = c.sla().clock(checkpoint.clock());
        return clock != null && clock.isBreached();
    }
}

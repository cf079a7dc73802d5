package org.triagem.domain.model.routing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.triagem.domain.model.complaint.Priority;

/**
 * The worksheet the escalation rules fill in for one due checkpoint. Several rules may act on the same
 * checkpoint; each verb is idempotent, so two rules asking for the same action still apply it once. An
 * untouched worksheet means "nothing to do".
 */
public class EscalationDecision {

    private final Checkpoint checkpoint;
    private boolean supervisorNotified;
    private Priority newPriority;
    private String newDepartment;
    private final List<String> notes = new ArrayList<>();

    public EscalationDecision(Checkpoint checkpoint) {
        this.checkpoint = Objects.requireNonNull(checkpoint, "checkpoint");
    }

    /** Tells the owning department's supervisor about the case. */
    public void notifySupervisor() {
        supervisorNotified = true;
    }

    /** Raises the case's priority to the level; never lowers it. */
    public void raisePriorityTo(Priority level) {
        Priority current = newPriority == null ? checkpoint.getPriority() : newPriority;
        if (level.isHigherThan(current)) {
            newPriority = level;
        }
    }

    /** Moves the case to another department (for example Ouvidoria); ignored if it is already there. */
    public void moveTo(String department) {
        if (!checkpoint.isWith(department)) {
            newDepartment = department;
        }
    }

    /**
     * The move asked for cannot be made (the department is not one the case may go to): the case stays
     * where it is, and the reason goes with the other remarks. The rest of the decision stands.
     */
    public void stayInstead(String why) {
        newDepartment = null;
        notes.add(why);
    }

    /** A free-text remark for the supervisor or the receiving department. */
    public void note(String note) {
        notes.add(note);
    }

    /** True when at least one rule asked for an action. */
    public boolean escalates() {
        return supervisorNotified || newPriority != null || newDepartment != null;
    }

    public boolean isSupervisorNotified() {
        return supervisorNotified;
    }

    /** The raised priority, or null when the priority stays as it is. */
    public Priority getNewPriority() {
        return newPriority;
    }

    /** The department to move the case to, or null when it stays where it is. */
    public String getNewDepartment() {
        return newDepartment;
    }

    public List<String> getNotes() {
        return Collections.unmodifiableList(notes);
    }
}

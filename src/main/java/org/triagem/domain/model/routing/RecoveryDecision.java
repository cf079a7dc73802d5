package org.triagem.domain.model.routing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The worksheet the recovery rules fill in after a poor survey answer: tell the department's
 * supervisor, reopen the case for a recovery contact, and notes for the case's timeline. Each verb is
 * idempotent; an untouched worksheet means "nothing to do".
 */
public class RecoveryDecision {

    private boolean supervisorNotified;
    private boolean reopened;
    private final List<String> notes = new ArrayList<>();

    public void notifySupervisor() {
        supervisorNotified = true;
    }

    /** Reopens the case, if it is still resolved (a closed case stays closed; the note still shows). */
    public void reopen() {
        reopened = true;
    }

    public void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    public boolean acts() {
        return supervisorNotified || reopened || !notes.isEmpty();
    }

    public boolean isSupervisorNotified() {
        return supervisorNotified;
    }

    public boolean isReopened() {
        return reopened;
    }

    public List<String> getNotes() {
        return Collections.unmodifiableList(notes);
    }
}

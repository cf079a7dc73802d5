package org.triagem.application;

import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.sla.ClockSettings;

/**
 * What the other case services need from the SLA clocks: the clock settings of a department, and the
 * re-targeting of a case's clocks when its priority or department changes (a transfer, say).
 */
public interface CaseClocks {

    /** The calendar and SLA policy a case in this department runs on. */
    ClockSettings settingsFor(String department);

    /**
     * Moves the case to the priority and department, asks the {@code sla} rules for its new targets and
     * re-targets its clocks, recording the change in its history. Joins the caller's transaction.
     */
    void retarget(ProtocolNumber protocol, Priority priority, String department, String actor);
}

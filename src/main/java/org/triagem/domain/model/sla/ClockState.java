package org.triagem.domain.model.sla;

/** What an SLA clock shows: counting, stopped while the case waits on the customer, or done. */
public enum ClockState {
    RUNNING,
    PAUSED,
    /** Stopped in time: the response or resolution came before the due time. */
    MET,
    /** The due time passed before the clock was met; stays so once it happened. */
    BREACHED
}

package org.triagem.application;

/**
 * Runs the SLA escalation: due checkpoints are claimed and each is decided by the {@code escalation} rules,
 * applied and recorded in a transaction of its own.
 */
public interface EscalationService {

    /** Fires every checkpoint due now, in due order, until none is left. Returns how many fired. */
    int sweepDue();
}

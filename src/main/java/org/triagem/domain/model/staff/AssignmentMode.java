package org.triagem.domain.model.staff;

/**
 * How a department's cases reach its agents. {@link #PULL}: cases wait in the department's queue until an
 * agent claims one or a supervisor assigns it (the default). {@link #PUSH}: the department's strategy
 * hands every case to a present agent under their cap as it arrives, and the next waiting case to
 * whoever frees up.
 */
public enum AssignmentMode {
    PULL,
    PUSH
}

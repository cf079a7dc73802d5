package org.triagem.domain.model.routing;

/** The port through which the domain asks the analysts' rules for a decision. */
public interface RoutingDecisions {

    /**
     * Decides category, department, priority and SLA targets for a complaint. Never throws because of a
     * faulty rule: the implementation falls back to the default triage department and says why.
     */
    RoutingDecision decide(Complaint complaint);
}

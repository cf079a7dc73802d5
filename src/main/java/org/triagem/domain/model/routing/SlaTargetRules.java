package org.triagem.domain.model.routing;

import java.util.Set;
import org.triagem.domain.model.complaint.Priority;
import org.triagem.domain.model.sla.SlaTargets;

/**
 * The port through which a case's SLA targets are decided again when its priority or department changes:
 * only the {@code sla} rule set runs, on the complaint and on what was already decided.
 */
public interface SlaTargetRules {

    /** The targets for the complaint as it stands now; the current ones when the rules decide none. */
    SlaTargets targetsFor(Complaint complaint, String category, Set<String> tags, String department,
            Priority priority, SlaTargets current);
}

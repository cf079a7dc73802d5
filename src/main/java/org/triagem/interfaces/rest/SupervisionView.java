package org.triagem.interfaces.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.triagem.application.DepartmentOverview;

/**
 * A department's overview as a supervisor's page reads it. Subjects are the customers' text: the page
 * shows them as text, never as markup.
 */
public record SupervisionView(String department, String mode, String strategy, long waiting, List<CaseItem> breached,
        List<CaseItem> escalated, List<AgentItem> workload) {

    /** A case in the breached or escalated list. */
    public record CaseItem(String protocol, String subject, String priority, String status, String assignee,
            int escalationLevel, List<String> breachedClocks, OffsetDateTime legalDeadline) {
        static CaseItem of(DepartmentOverview.Attention a) {
            return new CaseItem(a.protocol(), a.subject(), a.priority().name(), a.status().name(), a.assignee(),
                    a.escalationLevel(), a.breachedClocks().stream().map(Enum::name).toList(), a.legalDeadline());
        }
    }

    /** An agent's open cases by priority (P1 to P4), their total and cap, and whether they are away. */
    public record AgentItem(String username, boolean absent, int cap, Set<String> skills, Map<String, Integer> open,
            int openTotal, OffsetDateTime lastSeen) {
        static AgentItem of(DepartmentOverview.Workload w) {
            Map<String, Integer> open = new TreeMap<>();
            w.open().forEach((priority, count) -> open.put(priority.name(), count));
            return new AgentItem(w.username(), w.absent(), w.cap(), w.skills(), open, w.openTotal(), w.lastSeen());
        }
    }

    static SupervisionView of(DepartmentOverview o) {
        return new SupervisionView(o.department(), o.mode().name(), o.strategy().name(), o.waiting(),
                o.breached().stream().map(CaseItem::of).toList(), o.escalated().stream().map(CaseItem::of).toList(),
                o.workload().stream().map(AgentItem::of).toList());
    }
}

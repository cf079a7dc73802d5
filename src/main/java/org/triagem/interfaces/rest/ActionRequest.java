package org.triagem.interfaces.rest;

import org.triagem.application.CaseCommand;
import org.triagem.domain.model.complaint.CaseAction;
import org.triagem.domain.model.complaint.InvalidCaseRequestException;
import org.triagem.domain.model.complaint.Resolution;

/**
 * The body of a lifecycle action; each action reads only its own fields. Department, priority and SLA
 * are not fields a client can set: they change only through transfer, which asks the rules.
 */
public class ActionRequest {

    /** assign: the agent (omit to let the department's strategy choose). */
    public String agent;
    /** transfer: the department to move to (omit to let the ownership rules choose). */
    public String department;
    /** transfer: why (required). */
    public String reason;
    /** transfer: keep the current priority and SLA instead of deciding them again. */
    public boolean keepDecisions;
    /** resolve: the resolution code (required). */
    public String resolutionCode;
    /** resolve: the root-cause category (required). */
    public String rootCause;
    /** resolve: an optional note. */
    public String note;
    /** merge and mark-duplicate: the protocol of the case this one repeats. */
    public String into;

    CaseCommand toCommand(CaseAction action) {
        return switch (action) {
            case CLAIM -> new CaseCommand.Claim();
            case ASSIGN -> new CaseCommand.Assign(agent);
            case UNASSIGN -> new CaseCommand.Unassign();
            case START -> new CaseCommand.Start();
            case TRANSFER -> new CaseCommand.Transfer(department, reason, keepDecisions);
            case PENDING_CUSTOMER -> new CaseCommand.AwaitCustomer();
            case RESOLVE -> new CaseCommand.Resolve(new Resolution(resolutionCode, rootCause, note));
            case CLOSE -> new CaseCommand.Close();
            case REOPEN -> new CaseCommand.Reopen();
            case MERGE -> {
                if (into == null || into.isBlank()) {
                    throw new InvalidCaseRequestException(InvalidCaseRequestException.Reason.MERGE_TARGET_REQUIRED);
                }
                yield new CaseCommand.Merge(into.strip());
            }
            case MARK_DUPLICATE -> {
                if (into == null || into.isBlank()) {
                    throw new IllegalArgumentException("mark-duplicate needs \"into\": the protocol of the original case");
                }
                yield new CaseCommand.MarkDuplicate(into.strip());
            }
        };
    }
}

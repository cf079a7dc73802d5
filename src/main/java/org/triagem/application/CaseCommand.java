package org.triagem.application;

import org.triagem.domain.model.complaint.CaseAction;
import org.triagem.domain.model.complaint.Resolution;

/** One lifecycle action on a case, with what it needs. */
public sealed interface CaseCommand {

    CaseAction action();

    /** Take the case. */
    record Claim() implements CaseCommand {
        public CaseAction action() {
            return CaseAction.CLAIM;
        }
    }

    /** Give the case to {@code agent}, or, when null, to whom the department's strategy picks. */
    record Assign(String agent) implements CaseCommand {
        public CaseAction action() {
            return CaseAction.ASSIGN;
        }
    }

    record Unassign() implements CaseCommand {
        public CaseAction action() {
            return CaseAction.UNASSIGN;
        }
    }

    record Start() implements CaseCommand {
        public CaseAction action() {
            return CaseAction.START;
        }
    }

    /**
     * Move to another department. {@code department} null lets the ownership rules choose;
     * {@code keepDecisions} keeps the current priority and SLA instead of deciding them again.
     */
    record Transfer(String department, String reason, boolean keepDecisions) implements CaseCommand {
        public CaseAction action() {
            return CaseAction.TRANSFER;
        }
    }

    record AwaitCustomer() implements CaseCommand {
        public CaseAction action() {
            return CaseAction.PENDING_CUSTOMER;
        }
    }

    record Resolve(Resolution resolution) implements CaseCommand {
        public CaseAction action() {
            return CaseAction.RESOLVE;
        }
    }

    record Close() implements CaseCommand {
        public CaseAction action() {
            return CaseAction.CLOSE;
        }
    }

    record Reopen() implements CaseCommand {
        public CaseAction action() {
            return CaseAction.REOPEN;
        }
    }

    /** This case duplicates {@code into}. */
    record Merge(String into) implements CaseCommand {
        public CaseAction action() {
            return CaseAction.MERGE;
        }
    }

    /** This case is the same contact as {@code original}, made twice. */
    record MarkDuplicate(String original) implements CaseCommand {
        public CaseAction action() {
            return CaseAction.MARK_DUPLICATE;
        }
    }
}

package org.triagem.domain.model.complaint;

import java.text.MessageFormat;
import java.util.List;

/**
 * A change asked of a case that cannot be done as asked: a field it needs is missing, or names
 * something that does not fit (the department it already is in, the case itself). The reason is a code,
 * so the answer can be said in the asker's language; the message is the English for logs.
 */
public class InvalidCaseRequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why the request cannot be done, with its English wording ({@code {0}} and on are the arguments). */
    public enum Reason {
        RESOLUTION_CODE_REQUIRED("a resolution code is required"),
        ROOT_CAUSE_REQUIRED("a root-cause category is required"),
        TRANSFER_TO_SAME_DEPARTMENT("a transfer needs another department than {0}"),
        TRANSFER_REASON_REQUIRED("a transfer needs a reason"),
        MERGE_INTO_ITSELF("a case cannot be merged into itself"),
        MERGE_INTO_CLOSED_CASE("case {0} is {1}; merge into an open case"),
        DUPLICATE_OF_A_REPEAT("case {0} is itself a repeat of {1}; mark this one a duplicate of that case"),
        MERGE_TARGET_REQUIRED("merge needs \"into\": the protocol of the surviving case"),
        NO_AGENT_PRESENT("Nobody in {0} can take the case now (no agent present)."),
        NOT_AN_AGENT_OF("{0} is not a present agent of {1}."),
        UNMASK_REASON_REQUIRED("Say why you need the customer''s {0} in full (at least {1} characters); the reason is recorded."),
        NOTHING_TO_UNMASK("The customer left no {0}."),
        CORRECTION_REASON_REQUIRED("a correction of the contact data needs a reason (at most 500 characters)"),
        CORRECTION_EMAIL_INVALID("the corrected e-mail address is not an e-mail address");

        private final String english;

        Reason(String english) {
            this.english = english;
        }

        /** The English pattern, as the exception's message uses it. */
        public String english() {
            return english;
        }
    }

    private final transient Reason reason;
    private final transient List<Object> args;

    /** {@code args} are the values the reason names: departments, protocols, a {@link CaseStatus}. */
    public InvalidCaseRequestException(Reason reason, Object... args) {
        super(new MessageFormat(reason.english()).format(List.of(args).stream().map(String::valueOf).toArray()));
        this.reason = reason;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    public List<Object> args() {
        return args;
    }
}

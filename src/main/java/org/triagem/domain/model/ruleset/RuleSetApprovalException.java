package org.triagem.domain.model.ruleset;

/**
 * A second approval refused, or missing where the server asks for one. Extends the not-activatable
 * refusal, since a missing approval is one more reason a red version may not go live.
 */
public class RuleSetApprovalException extends RuleSetNotActivatableException {

    /** What was wrong; each has its own sentence in the problem bundles. */
    public enum Kind {
        /** Activating a red version that no second analyst approved. */
        NEEDED,
        /** The proposer approving their own version. */
        OWN_PROPOSAL,
        /** Approving a version that needs none: green, or one that does not compile. */
        NOT_RED
    }

    private final Kind kind;
    private final Long number;

    public RuleSetApprovalException(Kind kind, Long number) {
        super("version " + number + ": " + kind);
        this.kind = kind;
        this.number = number;
    }

    public Kind kind() {
        return kind;
    }

    public Long number() {
        return number;
    }
}

package org.triagem.domain.model.complaint;

import java.util.Set;

/** An action the case's status does not allow, such as closing a case that is not resolved. */
public class IllegalCaseActionException extends RuntimeException {

    private final CaseStatus status;
    private final CaseAction action;

    public IllegalCaseActionException(CaseStatus status, CaseAction action) {
        super("a case in status " + status + " does not accept " + action.slug() + "; allowed: " + allowedSlugs(status));
        this.status = status;
        this.action = action;
    }

    private static String allowedSlugs(CaseStatus status) {
        Set<CaseAction> allowed = CaseAction.allowedIn(status);
        return allowed.isEmpty() ? "none" : String.join(", ", allowed.stream().map(CaseAction::slug).toList());
    }

    public CaseStatus status() {
        return status;
    }

    public CaseAction action() {
        return action;
    }

    public Set<CaseAction> allowed() {
        return CaseAction.allowedIn(status);
    }
}

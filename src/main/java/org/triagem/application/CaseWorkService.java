package org.triagem.application;

import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.ProtocolNumber;

/** Staff working a case: every lifecycle action, checked against who acts and the version they read. */
public interface CaseWorkService {

    /**
     * Performs the action in one transaction and answers with the case as it is afterwards (history
     * loaded, version incremented).
     *
     * @throws CaseNotFoundException no such case, or not one the actor may see
     * @throws StaleCaseException {@code expectedVersion} is not the case's current version
     * @throws ActionNotPermittedException the actor's role does not allow the action
     * @throws org.triagem.domain.model.complaint.IllegalCaseActionException the status does not allow it
     */
    Case perform(Actor actor, ProtocolNumber protocol, long expectedVersion, CaseCommand command);
}

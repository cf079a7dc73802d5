package org.triagem.application;

import java.util.Optional;
import org.triagem.domain.model.complaint.CaseFilter;
import org.triagem.domain.model.complaint.CasePage;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * Reading cases, with their history loaded, always as someone: a case of a department the actor does
 * not work in is as absent as a case that does not exist.
 */
public interface CaseQueries {

    Optional<Case> byProtocol(Actor actor, ProtocolNumber protocol);

    CasePage list(Actor actor, CaseFilter filter);

    Backlog backlog(Actor actor, String department);

    /**
     * The customer's own view: the case only when the verification (the case's verification code from
     * the receipt, or the email address or CPF the customer gave) matches. Anything else is empty,
     * exactly as for an unknown protocol.
     */
    Optional<Case> forCustomer(ProtocolNumber protocol, String verification);
}

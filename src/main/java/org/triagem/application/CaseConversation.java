package org.triagem.application;

import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * Staff's side of a case's conversation: answering the customer and leaving notes for colleagues.
 * Authentication, department scoping and optimistic-lock checks belong on top of this service.
 */
public interface CaseConversation {

    /**
     * Records the answer on the case and, when the customer left an email address, queues the mail that
     * carries it, in the same transaction.
     *
     * @throws CaseNotFoundException if no case has the protocol
     * @throws org.triagem.domain.model.complaint.CaseNotAnswerableException if the case is closed or merged
     */
    ConversationMessage reply(ProtocolNumber protocol, String text, String author);

    /**
     * Records an internal note; it is never sent.
     *
     * @throws CaseNotFoundException if no case has the protocol
     */
    ConversationMessage note(ProtocolNumber protocol, String text, String author);
}

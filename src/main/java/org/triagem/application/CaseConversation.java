package org.triagem.application;

import java.util.Map;
import org.triagem.domain.model.complaint.Case;
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
     * As above; {@code signature} is the name the mail is signed with (a display name such as "Ana Lima"),
     * while {@code author}, the signed-in user, is who the case's history records.
     */
    ConversationMessage reply(ProtocolNumber protocol, String text, String author, String signature);

    /**
     * Records an internal note; it is never sent.
     *
     * @throws CaseNotFoundException if no case has the protocol
     */
    ConversationMessage note(ProtocolNumber protocol, String text, String author);

    /**
     * Where each of the case's staff messages stands, by message id: a note is INTERNAL, a reply that
     * could not be sent NOT_SENT, a mailed reply as far as the outbox got (PENDING, SENT, FAILED). The
     * customer's messages are absent, and so is a reply whose mail the outbox no longer holds.
     */
    Map<Long, ConversationMessage.Delivery> deliveries(Case c);
}

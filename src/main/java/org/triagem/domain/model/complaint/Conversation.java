package org.triagem.domain.model.complaint;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A case's conversation with the customer after the first contact: what the customer sent, staff's
 * replies, internal notes, the files that came with them, and the mail thread they make. It keeps the
 * messages and files; whether the case may still be answered, and what a message does to the case's
 * status and clocks, is the case's business.
 *
 * <p>Like {@link SlaTimers}, a view over the case's own collections, made for one change and dropped,
 * so the case stays the JPA owner of the rows.
 */
final class Conversation {

    private final Case owner;
    private final List<CaseMessage> messages;
    private final List<CaseAttachment> attachments;
    /** The Message-ID of the mail that opened the case: the root of the thread. */
    private final String openingMailId;

    Conversation(Case owner, List<CaseMessage> messages, List<CaseAttachment> attachments, String openingMailId) {
        this.owner = owner;
        this.messages = messages;
        this.attachments = attachments;
        this.openingMailId = openingMailId;
    }

    /** Keeps files that arrived with a contact. */
    void keep(List<Attachment> files, OffsetDateTime now) {
        files.forEach(f -> attachments.add(new CaseAttachment(owner, f, now)));
    }

    /** The customer wrote: the message is kept whole, with its files and its Message-ID, if any. */
    CaseMessage receive(Channel via, String subject, String body, List<Attachment> files, String mailId,
            OffsetDateTime now) {
        CaseMessage message = new CaseMessage(owner, CaseMessage.Kind.CUSTOMER, via, null, now, subject, body, mailId);
        messages.add(message);
        keep(files, now);
        return message;
    }

    /** Staff answered the customer; {@code via} is null when the answer could only be recorded. */
    CaseMessage reply(String author, String text, Channel via, String outgoingMessageId, OffsetDateTime now) {
        CaseMessage reply = new CaseMessage(owner, CaseMessage.Kind.REPLY, via, author, now, null, text,
                outgoingMessageId);
        messages.add(reply);
        return reply;
    }

    /** A note for colleagues; it travels nowhere. */
    CaseMessage note(String author, String text, OffsetDateTime now) {
        CaseMessage note = new CaseMessage(owner, CaseMessage.Kind.NOTE, null, author, now, null, text, null);
        messages.add(note);
        return note;
    }

    /** The Message-ID of the customer's latest mail, the one an answer replies to. */
    String lastCustomerMailId() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            CaseMessage m = messages.get(i);
            if (m.kind() == CaseMessage.Kind.CUSTOMER && m.mailMessageId() != null) {
                return m.mailMessageId();
            }
        }
        return openingMailId;
    }

    /** Every Message-ID of the conversation by mail, oldest first: the customer's and our replies. */
    List<String> mailThread() {
        List<String> ids = new ArrayList<>();
        if (openingMailId != null) {
            ids.add(openingMailId);
        }
        messages.stream().filter(m -> m.kind() != CaseMessage.Kind.NOTE && m.mailMessageId() != null)
                .forEach(m -> ids.add(m.mailMessageId()));
        return ids;
    }
}

package org.triagem.domain.model.complaint;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.triagem.domain.model.sla.ClockSettings;

/**
 * A case's conversation with the customer after the first contact: what the customer sent, staff's
 * replies, internal notes, the files that came with them, and the mail thread they make. It keeps the
 * messages and files and writes them into the history; whether the case may still be answered, and what
 * a customer's message does to the case's status and clocks, is the case's business.
 *
 * <p>Reached through {@link Case#conversation()}. Like {@link SlaTimers}, a view over the case's own
 * collections, made for one change and dropped, so the case stays the JPA owner of the rows.
 */
public final class Conversation {

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

    /**
     * The customer wrote again about this case (a reply by email, say). The message is kept whole; a case
     * waiting on the customer goes back to work, its paused clocks resuming on the department's calendar
     * ({@code settings}); a resolved case comes back to life when the reply arrives within the reopen
     * window, since the customer is telling us the problem is not solved. A closed or merged case only
     * records it.
     */
    public void receiveFromCustomer(Channel via, String subject, String body, List<Attachment> files,
            Duration reopenWindow, ClockSettings settings, OffsetDateTime now) {
        receive(via, subject, body, files, null, now);
        owner.customerWrote(reopenWindow, settings, now);
    }

    /** As above, for a contact that names this case: its Message-ID, if any, is kept for threading. */
    public void receiveFromCustomer(IncomingContact contact, Duration reopenWindow, ClockSettings settings,
            OffsetDateTime now) {
        receive(contact.channel(), contact.subject(), contact.description(), contact.attachments(),
                contact.mailMessageId(), now);
        owner.customerWrote(reopenWindow, settings, now);
    }

    /**
     * A member of staff answers the customer. {@code via} is how the answer travels ({@code null} when
     * the customer left no way to reach them: the answer is only recorded) and {@code outgoingMessageId}
     * the Message-ID of the mail that carries it. A closed or merged case takes no more answers.
     *
     * @throws CaseNotAnswerableException if the case is closed, merged or a duplicate
     */
    public CaseMessage replyToCustomer(String author, String text, Channel via, String outgoingMessageId,
            OffsetDateTime now) {
        if (!acceptsReplies()) {
            throw new CaseNotAnswerableException(owner.protocol(), owner.status());
        }
        CaseMessage reply = add(new CaseMessage(owner, CaseMessage.Kind.REPLY, via, author, now, null, text,
                outgoingMessageId));
        record(now, author, CaseEvent.Type.STAFF_REPLY, via == null
                ? EventDetail.of("reply recorded (no way to reach the customer)")
                : EventDetail.of("reply to the customer via " + via).with("channel", via));
        // Whatever way it travels, an answer written to the customer is the first response.
        owner.respondedToCustomer(author, now);
        return reply;
    }

    /** Whether staff may still answer the customer: not once the case is closed, merged or a duplicate. */
    public boolean acceptsReplies() {
        CaseStatus status = owner.status();
        return status != CaseStatus.CLOSED && status != CaseStatus.MERGED && status != CaseStatus.DUPLICATE;
    }

    /** A member of staff notes something for colleagues; the customer never sees it, it travels nowhere. */
    public CaseMessage addInternalNote(String author, String text, OffsetDateTime now) {
        CaseMessage note = add(new CaseMessage(owner, CaseMessage.Kind.NOTE, null, author, now, null, text, null));
        record(now, author, CaseEvent.Type.INTERNAL_NOTE, EventDetail.of("internal note"));
        return note;
    }

    /** The Message-ID of the customer's latest mail, the one an answer replies to. */
    public String lastCustomerMailId() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            CaseMessage m = messages.get(i);
            if (m.kind() == CaseMessage.Kind.CUSTOMER && m.mailMessageId() != null) {
                return m.mailMessageId();
            }
        }
        return openingMailId;
    }

    /** Every Message-ID of the conversation by mail, oldest first: the customer's and our replies. */
    public List<String> mailThread() {
        List<String> ids = new ArrayList<>();
        if (openingMailId != null) {
            ids.add(openingMailId);
        }
        messages.stream().filter(m -> m.kind() != CaseMessage.Kind.NOTE && m.mailMessageId() != null)
                .forEach(m -> ids.add(m.mailMessageId()));
        return ids;
    }

    public List<CaseMessage> messages() {
        return Collections.unmodifiableList(messages);
    }

    public List<CaseAttachment> attachments() {
        return Collections.unmodifiableList(attachments);
    }

    /**
     * Takes in the conversation of a case merged into this one: its first contact, as the customer's
     * message it was, and every message and file, copied with their own times. Answers how many messages.
     */
    int adopt(Case merged) {
        FirstContact first = merged.firstContact();
        add(new CaseMessage(owner, CaseMessage.Kind.CUSTOMER, first.channel(), null, merged.openedAt(), first.subject(),
                first.description(), first.mailMessageId()));
        Conversation theirs = merged.conversation();
        theirs.messages().forEach(m -> add(new CaseMessage(owner, m.kind(), m.channel(), m.author(), m.receivedAt(),
                m.subject(), m.body(), m.mailMessageId())));
        theirs.attachments().forEach(a -> attachments.add(new CaseAttachment(owner,
                new Attachment(a.fileName(), a.contentType(), a.content()), a.receivedAt())));
        return 1 + theirs.messages().size();
    }

    /** Keeps files that arrived with a contact. */
    void keep(List<Attachment> files, OffsetDateTime now) {
        files.forEach(f -> attachments.add(new CaseAttachment(owner, f, now)));
    }

    /** The customer's message, kept whole with its files and its Message-ID, if any. */
    private void receive(Channel via, String subject, String body, List<Attachment> files, String mailId,
            OffsetDateTime now) {
        add(new CaseMessage(owner, CaseMessage.Kind.CUSTOMER, via, null, now, subject, body, mailId));
        keep(files, now);
        record(now, Case.CUSTOMER, CaseEvent.Type.CUSTOMER_MESSAGE,
                EventDetail.of("message from the customer via " + via).with("channel", via));
    }

    private CaseMessage add(CaseMessage message) {
        messages.add(message);
        return message;
    }

    private void record(OffsetDateTime now, String actor, CaseEvent.Type type, EventDetail detail) {
        owner.log().record(now, actor, type, owner.status(), owner.status(), detail);
    }
}

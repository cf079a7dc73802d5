package org.triagem.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.triagem.application.CaseConversation;
import org.triagem.application.CaseNotFoundException;
import org.triagem.application.ConversationMessage;
import org.triagem.application.ConversationMessage.Delivery;
import org.triagem.application.ServiceCounters;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.CaseMessage;
import org.triagem.domain.model.complaint.CaseRepository;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.outbox.MailStatus;
import org.triagem.domain.model.outbox.Outbox;
import org.triagem.domain.model.outbox.OutgoingMail;
import org.triagem.domain.model.outbox.StaffReplyComposer;
import org.triagem.domain.model.search.CaseSearch;

/**
 * Answers and notes in one transaction each. A reply goes by email to any customer who left an address,
 * whatever the channel the case came in by: a web-form customer gave it to be answered. The mail is
 * queued with the reply, so an SMTP outage delays it but cannot lose it.
 */
@ApplicationScoped
class DefaultCaseConversation implements CaseConversation {

    private static final Logger LOG = Logger.getLogger(DefaultCaseConversation.class.getName());

    @Inject
    CaseRepository cases;

    @Inject
    Outbox outbox;

    @Inject
    StaffReplyComposer replies;

    @Inject
    Clock clock;

    @Inject
    ServiceCounters counters;

    @Inject
    CaseSearch search;

    @Override
    @Transactional
    public ConversationMessage reply(ProtocolNumber protocol, String text, String author) {
        return reply(protocol, text, author, author);
    }

    @Override
    @Transactional
    public ConversationMessage reply(ProtocolNumber protocol, String text, String author, String signature) {
        Case answered = find(protocol);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String by = authorOrStaff(author);
        int mark = ServiceCounters.mark(answered);
        if (!replies.canMail(answered)) {
            CaseMessage recorded = answered.conversation().replyToCustomer(by, text, null, null, now);
            counters.countSince(answered, mark);
            search.index(answered);
            cases.flush();
            LOG.info(() -> "reply recorded on case " + protocol + " (no customer email)");
            return ConversationMessage.of(recorded, Delivery.NOT_SENT);
        }
        // Composed before the reply is recorded, so its References name the earlier mail only.
        OutgoingMail mail = replies.compose(answered, text, signature == null || signature.isBlank() ? author
                : signature, now);
        CaseMessage sent = answered.conversation().replyToCustomer(by, text, Channel.EMAIL, mail.messageId(), now);
        counters.countSince(answered, mark);
        search.index(answered);
        outbox.add(mail);
        cases.flush();
        LOG.info(() -> "reply on case " + protocol + " queued as " + mail.messageId());
        return ConversationMessage.of(sent, Delivery.of(mail.status()));
    }

    @Override
    @Transactional
    public ConversationMessage note(ProtocolNumber protocol, String text, String author) {
        Case noted = find(protocol);
        CaseMessage note = noted.conversation().addInternalNote(authorOrStaff(author), text, OffsetDateTime.now(clock));
        search.index(noted);
        cases.flush();
        return ConversationMessage.of(note, Delivery.INTERNAL);
    }

    @Override
    public Map<Long, Delivery> deliveries(Case c) {
        List<CaseMessage> staffs = c.conversation().messages().stream()
                .filter(m -> m.kind() != CaseMessage.Kind.CUSTOMER).toList();
        Map<String, MailStatus> mailed = outbox.statusesOf(staffs.stream().map(CaseMessage::mailMessageId)
                .filter(Objects::nonNull).toList());
        Map<Long, Delivery> deliveries = new HashMap<>();
        for (CaseMessage m : staffs) {
            if (m.kind() == CaseMessage.Kind.NOTE) {
                deliveries.put(m.id(), Delivery.INTERNAL);
            } else if (m.mailMessageId() == null) {
                deliveries.put(m.id(), Delivery.NOT_SENT);
            } else if (mailed.containsKey(m.mailMessageId())) {
                deliveries.put(m.id(), Delivery.of(mailed.get(m.mailMessageId())));
            }
        }
        return deliveries;
    }

    private Case find(ProtocolNumber protocol) {
        return cases.find(protocol).orElseThrow(() -> new CaseNotFoundException(protocol));
    }

    /** Until staff authentication lands, an unnamed author is recorded as "staff". */
    private static String authorOrStaff(String author) {
        return author == null || author.isBlank() ? "staff" : author.strip();
    }
}

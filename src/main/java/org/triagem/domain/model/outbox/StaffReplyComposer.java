package org.triagem.domain.model.outbox;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.triagem.domain.model.complaint.Case;
import org.triagem.domain.model.complaint.EmailAddress;

/**
 * Writes the mail that carries a staff member's answer to the customer: {@code [#protocol]} in the
 * subject, our own Message-ID, and {@code In-Reply-To}/{@code References} pointing at the customer's
 * latest mail and the earlier mail of the conversation, so that the customer's mail client shows one
 * thread and their answer finds the case again. A person wrote it, so it is not marked
 * {@code Auto-Submitted} and does not count against the daily limit of automatic replies.
 */
public final class StaffReplyComposer {

    /** RFC 5322 asks to keep References short; the first id (the thread's root) and the latest ones do. */
    static final int MAX_REFERENCES = 20;

    private final MailTexts texts;
    private final String messageIdDomain;

    public StaffReplyComposer(Locale locale, String messageIdDomain) {
        this.texts = new MailTexts(locale);
        this.messageIdDomain = messageIdDomain;
    }

    /** pt-BR, Message-IDs {@code @triagem}. */
    public static StaffReplyComposer brazilian() {
        return new StaffReplyComposer(AcknowledgementComposer.PT_BR, "triagem");
    }

    /** Whether the customer left an address an answer can go to. */
    public boolean canMail(Case answered) {
        return EmailAddress.isValid(answered.firstContact().customer().email());
    }

    /** The mail for the staff member's text; the author signs it when named. */
    public OutgoingMail compose(Case answered, String text, String author, OffsetDateTime now) {
        if (!canMail(answered)) {
            throw new IllegalArgumentException("case " + answered.protocol() + " has no customer email");
        }
        String protocol = answered.protocol().value();
        String signature = author == null || author.isBlank() ? texts.text("reply.signature")
                : texts.format("reply.signature.named", author.strip());
        String body = text.strip() + "\n\n-- \n" + signature + "\n" + texts.format("reply.footer", protocol) + "\n";
        OutgoingMail mail = OutgoingMail.queue(answered.protocol(), MailKind.STAFF_REPLY,
                answered.firstContact().customer().email(), texts.format("reply.subject", protocol), body,
                MessageIds.next(answered.protocol(), messageIdDomain), now);
        List<String> thread = answered.conversation().mailThread();
        return thread.isEmpty() ? mail : mail.inReplyTo(answered.conversation().lastCustomerMailId(), references(thread));
    }

    private static String references(List<String> thread) {
        if (thread.size() <= MAX_REFERENCES) {
            return String.join(" ", thread);
        }
        List<String> kept = new java.util.ArrayList<>();
        kept.add(thread.get(0));
        kept.addAll(thread.subList(thread.size() - (MAX_REFERENCES - 1), thread.size()));
        return String.join(" ", kept);
    }
}

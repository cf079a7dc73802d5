package org.triagem.infrastructure.mail;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.triagem.domain.model.complaint.Channel;
import org.triagem.domain.model.complaint.Customer;
import org.triagem.domain.model.complaint.EmailAddress;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * One message as the email channel needs it. Absent header values are {@code null}; {@code body} is
 * plain text (never markup) and may be empty; {@code protocolNumber} is the first {@code [#...]} in
 * the subject whose check digit is right. {@code headers} keeps the top-level fields for the
 * auto-reply decision. {@code defects} are the MIME flaws the parser worked around; the contact notes
 * them, since the text the staff read may then be incomplete.
 */
public record ParsedMail(
        String senderAddress,
        String senderName,
        String subject,
        String messageId,
        String inReplyTo,
        List<String> references,
        Instant date,
        String body,
        List<MailAttachment> attachments,
        List<SkippedAttachment> skippedAttachments,
        ProtocolNumber protocolNumber,
        MailHeaders headers,
        List<MailDefect> defects) {

    private static final String NO_TEXT = "(mensagem sem texto)";

    public ParsedMail {
        references = List.copyOf(references);
        attachments = List.copyOf(attachments);
        skippedAttachments = List.copyOf(skippedAttachments);
        defects = defects == null ? List.of() : List.copyOf(defects);
        body = body == null ? "" : body;
        Objects.requireNonNull(headers, "headers");
    }

    /** Whether the message answers a case the customer already has. */
    public boolean isReply() {
        return protocolNumber != null || inReplyTo != null || !references.isEmpty();
    }

    /**
     * The contact that intake receives. The sender becomes the customer only if the address is one we
     * can answer; the description falls back to the subject when the body is empty, and ends with a
     * note of the defects the message had, if any.
     */
    public IncomingContact toIncomingContact(String sourceKey) {
        String email = EmailAddress.isValid(senderAddress) ? senderAddress : null;
        Customer customer = new Customer(senderName, email, null, null);
        String description = !body.isBlank() ? body
                : subject != null && !subject.isBlank() ? subject : NO_TEXT;
        return new IncomingContact(Channel.EMAIL, sourceKey, customer, subject, description + defectNote(), null);
    }

    /** Shown on the case, like the notes on attachments not kept: the staff see why text may be missing. */
    private String defectNote() {
        if (defects.isEmpty()) {
            return "";
        }
        return "\n[Triagem: mensagem com defeitos de formato (" + String.join("; ",
                defects.stream().map(MailDefect::note).toList()) + "); o texto acima foi recuperado e pode estar incompleto]";
    }

    @Override
    public String toString() {
        return "ParsedMail[from=" + EmailAddress.mask(senderAddress) + ", messageId=" + messageId
                + ", attachments=" + attachments.size() + ", skipped=" + skippedAttachments.size() + "]";
    }
}

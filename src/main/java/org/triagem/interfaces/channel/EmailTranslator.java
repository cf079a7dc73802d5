package org.triagem.interfaces.channel;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagem.domain.model.complaint.IncomingContact;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.domain.model.complaint.Attachment;
import org.triagem.infrastructure.mail.AutoReplyDecision;
import org.triagem.infrastructure.mail.SkippedAttachment;
import org.triagem.infrastructure.mail.AutoReplyGuard;
import org.triagem.infrastructure.mail.MailHeaders;
import org.triagem.infrastructure.mail.MailLimits;
import org.triagem.infrastructure.mail.MailParser;
import org.triagem.infrastructure.mail.OversizedMailException;
import org.triagem.infrastructure.mail.ParsedMail;
import org.triagem.infrastructure.mail.UnparseableMailException;

/**
 * Turns one polled IMAP message into an incoming contact (route step of email-intake). It keys the
 * contact by mailbox, UIDVALIDITY and UID (RFC 3501: unique, unlike Message-ID, which the sender
 * chooses), keeps the raw message on the exchange for quarantine, and refuses an oversized message
 * from its IMAP size, before downloading it.
 */
@ApplicationScoped
@Named("emailTranslator")
public class EmailTranslator {

    /** Our own Message-IDs start with the protocol number: {@code <20260000000014.k3j2@triagem>}. */
    private static final Pattern OUR_MESSAGE_ID = Pattern.compile("^<?(\\d{14})\\.");

    private static final AutoReplyGuard AUTO_REPLIES = new AutoReplyGuard();

    @Inject
    @ConfigProperty(name = "triagem.mail.max-bytes", defaultValue = "10485760")
    long maxBytes;

    MailParser parser;

    /**
     * The size above which a mail is refused unread. A method, not the field, for other beans: they
     * hold a client proxy of this bean, whose own fields are never injected (reading {@code maxBytes}
     * through it gave 0, so a poll's bodies were never fetched together).
     */
    long maxBytes() {
        return maxBytes;
    }

    @PostConstruct
    void limits() {
        parser = new MailParser(MailLimits.defaults().withMaxMessageBytes(maxBytes));
    }

    public IncomingContact toContact(Exchange exchange) throws Exception {
        PolledMail mail = read(exchange.getIn(MailMessage.class).getOriginalMessage());
        mail.keepForQuarantine(exchange);
        return mail.contactOrThrow();
    }

    /**
     * Reads one polled message: its key, its raw text for quarantine, and the contact it becomes or
     * why it cannot become one. Never throws, so that one bad message of a batch stays its own.
     */
    public PolledMail read(Message message) {
        String sourceKey = null;
        String raw = null;
        try {
            sourceKey = sourceKey(message);
            int size = message.getSize();
            // The size comes with the envelope (IMAP RFC822.SIZE); the body of an oversized mail is never fetched.
            if (size > maxBytes) {
                raw = headersOnly(message);
                throw new OversizedMailException(maxBytes, size, headersOf(message), senderOf(message),
                        message.getSubject());
            }
            byte[] bytes = rawBytes(message);
            // ISO-8859-1 maps every byte to one char and back, so the quarantined text replays byte-exact.
            raw = new String(bytes, StandardCharsets.ISO_8859_1);
            return PolledMail.read(sourceKey, raw, toContact(bytes, sourceKey));
        } catch (Exception e) {
            // Jakarta Mail throws unchecked exceptions on some malformed headers (DESIGN.md): quarantined too.
            return PolledMail.unreadable(sourceKey, raw, e);
        }
    }

    /** The contact a raw message becomes; also used to replay a quarantined .eml. */
    public IncomingContact toContact(byte[] raw, String sourceKey) throws UnparseableMailException {
        return toContact(parser.parse(raw), sourceKey);
    }

    IncomingContact toContact(ParsedMail mail, String sourceKey) {
        IncomingContact contact = withSkippedAttachmentsNoted(mail.toIncomingContact(sourceKey), mail)
                .withMailMessageId(mail.messageId())
                .withAttachments(mail.attachments().stream()
                        .map(a -> new Attachment(a.fileName(), a.contentType(), a.bytes())).toList());
        ProtocolNumber named = referencedProtocol(mail);
        if (named != null) {
            contact = contact.referring(named);
        }
        AutoReplyDecision reply = AUTO_REPLIES.mayAutoReply(mail);
        return reply.isAllowed() ? contact : contact.withoutAutoReply(reply.refusal().name());
    }

    /** A file we did not keep is never dropped silently: the staff reading the case see which and why. */
    private static IncomingContact withSkippedAttachmentsNoted(IncomingContact contact, ParsedMail mail) {
        if (mail.skippedAttachments().isEmpty()) {
            return contact;
        }
        StringBuilder note = new StringBuilder(contact.description());
        mail.skippedAttachments().forEach(s -> note.append("\n[Triagem: anexo \"").append(s.fileName())
                .append("\" (").append(s.size()).append(" bytes) não guardado: ")
                .append(s.reason() == SkippedAttachment.Reason.TOO_LARGE ? "grande demais" : "tipo não aceito")
                .append(']'));
        return contact.withDescription(note.toString());
    }

    /**
     * The case a reply belongs to: the protocol in the subject ({@code [#...]}) or, when the customer's
     * client rewrote the subject, the protocol in the Message-ID of our mail they answer.
     */
    static ProtocolNumber referencedProtocol(ParsedMail mail) {
        if (mail.protocolNumber() != null) {
            return mail.protocolNumber();
        }
        List<String> ids = new ArrayList<>(mail.references());
        if (mail.inReplyTo() != null) {
            ids.add(0, mail.inReplyTo());
        }
        for (String id : ids) {
            Matcher m = OUR_MESSAGE_ID.matcher(id.strip());
            if (m.find() && ProtocolNumber.isValid(m.group(1))) {
                return ProtocolNumber.parse(m.group(1));
            }
        }
        return null;
    }

    static String sourceKey(Message message) throws MessagingException {
        Folder folder = message.getFolder();
        if (folder instanceof UIDFolder uids) {
            return "imap:" + folder.getStore().getURLName().getHost() + "/" + folder.getFullName() + ":"
                    + uids.getUIDValidity() + ":" + uids.getUID(message);
        }
        String[] ids = message.getHeader("Message-ID");
        return "message-id:" + (ids == null || ids.length == 0 ? "none-" + message.getMessageNumber() : ids[0]);
    }

    private static byte[] rawBytes(Message message) throws IOException, MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
        message.writeTo(out);
        return out.toByteArray();
    }

    private static MailHeaders headersOf(Message message) throws MessagingException {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        var headers = message.getAllHeaders();
        while (headers.hasMoreElements()) {
            var h = headers.nextElement();
            fields.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue().replaceAll("\\r?\\n", ""));
        }
        return MailHeaders.of(fields);
    }

    private static String senderOf(Message message) {
        try {
            Address[] from = message.getFrom();
            return from != null && from.length > 0 && from[0] instanceof InternetAddress a ? a.getAddress() : null;
        } catch (MessagingException e) {
            return null; // an unreadable From: nobody to tell
        }
    }

    private static String headersOnly(Message message) throws MessagingException {
        StringBuilder sb = new StringBuilder();
        var headers = message.getAllHeaders();
        while (headers.hasMoreElements()) {
            var h = headers.nextElement();
            sb.append(h.getName()).append(": ").append(h.getValue()).append("\r\n");
        }
        return sb.append("\r\n[body not downloaded: over the size limit]\r\n").toString();
    }
}

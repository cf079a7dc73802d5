package org.triagem.infrastructure.mail;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triagem.domain.model.complaint.EmailAddress;
import org.triagem.domain.model.complaint.ProtocolNumber;

/**
 * Parses one raw RFC 5322 message into a {@link ParsedMail}. Stateless and thread-safe. Anything it
 * cannot read, including the unchecked exceptions Jakarta Mail throws on some malformed headers,
 * becomes an {@link UnparseableMailException}; a message over the size limit becomes an {@link
 * OversizedMailException} before it is parsed whole.
 */
public final class MailParser {

    private static final Pattern PROTOCOL = Pattern.compile("\\[#(\\d{" + ProtocolNumber.LENGTH + "})]");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

    private final MailLimits limits;
    private final Session session;

    public MailParser() {
        this(MailLimits.defaults());
    }

    public MailParser(MailLimits limits) {
        this.limits = limits;
        Properties props = new Properties();
        // Lenient where real mail is sloppy: unquoted display names, encoded words inside words,
        // encoded file names, raw UTF-8 in headers (RFC 6532).
        props.setProperty("mail.mime.address.strict", "false");
        props.setProperty("mail.mime.decodetext.strict", "false");
        props.setProperty("mail.mime.decodefilename", "true");
        props.setProperty("mail.mime.allowutf8", "true");
        this.session = Session.getInstance(props);
    }

    public MailLimits limits() {
        return limits;
    }

    public ParsedMail parse(byte[] raw) throws UnparseableMailException {
        if (raw.length > limits.maxMessageBytes()) {
            throw new OversizedMailException(limits.maxMessageBytes());
        }
        return parseWithinLimit(raw);
    }

    /** Reads at most one byte past the limit, so an endless or huge stream is refused cheaply. */
    public ParsedMail parse(InputStream in) throws UnparseableMailException {
        byte[] raw;
        try {
            raw = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxMessageBytes() + 1));
        } catch (IOException e) {
            throw new UnparseableMailException("message could not be read: " + e.getMessage(), e);
        }
        return parse(raw);
    }

    /** For sources that know the size up front (IMAP RFC822.SIZE): refuses before reading anything. */
    public ParsedMail parse(InputStream in, long knownSize) throws UnparseableMailException {
        if (knownSize > limits.maxMessageBytes()) {
            throw new OversizedMailException(limits.maxMessageBytes());
        }
        return parse(in);
    }

    private ParsedMail parseWithinLimit(byte[] raw) throws UnparseableMailException {
        if (raw.length == 0) {
            throw new UnparseableMailException("empty message");
        }
        MailDefects defects = new MailDefects();
        try {
            return read(new MimeMessage(session, new ByteArrayInputStream(HeaderRepair.repair(raw, defects))),
                    defects);
        } catch (MessagingException | IOException | RuntimeException e) {
            // Not e.getMessage(): Jakarta Mail quotes the damaged header or content, personal data included.
            // Angus throws IndexOutOfBoundsException and the like on some malformed header blocks.
            throw new UnparseableMailException("the message could not be read even leniently ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private ParsedMail read(MimeMessage message, MailDefects defects)
            throws MessagingException, IOException, UnparseableMailException {
        MailHeaders headers = headersOf(message);
        InternetAddress from = sender(message);
        String subject = message.getSubject() == null ? null
                : EncodedWords.repair(MimeUtility.unfold(message.getSubject()).strip(), defects);
        PartWalker walker = new PartWalker(limits, session, defects);
        walker.walk(message, 0);
        refuseIfNothingReadable(subject, walker, defects);
        List<String> references = headers.first("References").map(MailParser::messageIds).orElse(List.of());
        String inReplyTo = headers.first("In-Reply-To").map(MailParser::messageIds)
                .flatMap(ids -> ids.stream().findFirst()).orElse(null);
        Date sent = sentDate(message);
        return new ParsedMail(
                from == null ? null : EmailAddress.normalise(from.getAddress().strip()),
                from == null || from.getPersonal() == null ? null : EncodedWords.repair(from.getPersonal().strip(), defects),
                subject,
                headers.first("Message-ID").map(String::strip).orElse(null),
                inReplyTo,
                references,
                sent == null ? null : Instant.ofEpochMilli(sent.getTime()),
                walker.body(),
                walker.attachments(),
                walker.skipped(),
                protocolIn(subject),
                headers,
                defects.asList());
    }

    /**
     * Quarantine is for damaged mail that leaves staff nothing to read: no text, no subject, no file
     * kept. Well-formed mail that is merely empty still opens a case (someone wrote to us).
     */
    private static void refuseIfNothingReadable(String subject, PartWalker walker, MailDefects defects)
            throws UnparseableMailException {
        if (!defects.isEmpty() && walker.body().isBlank() && (subject == null || subject.isBlank())
                && walker.attachments().isEmpty()) {
            throw new UnparseableMailException("no readable text could be recovered from the damaged message ("
                    + defects.asList().stream().map(MailDefect::name).toList() + ")");
        }
    }

    /** A Date header we cannot read leaves the date unknown; it is no reason to refuse the mail. */
    private static Date sentDate(MimeMessage message) {
        try {
            return message.getSentDate();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static MailHeaders headersOf(MimeMessage message) throws MessagingException {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Header h : Collections.list(message.getAllHeaders())) {
            String value = h.getValue() == null ? "" : MimeUtility.unfold(h.getValue()).strip();
            fields.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(value);
        }
        return MailHeaders.of(fields);
    }

    /** The first From address with an {@code @}; a From we cannot read leaves the sender unknown. */
    private static InternetAddress sender(MimeMessage message) throws MessagingException {
        String raw = message.getHeader("From", ",");
        if (raw == null) {
            return null;
        }
        try {
            for (InternetAddress a : InternetAddress.parseHeader(raw, false)) {
                if (a.getAddress() != null && a.getAddress().indexOf('@') > 0) {
                    return a;
                }
            }
        } catch (AddressException e) {
            // deliberately not logged: the header holds personal data
        }
        return null;
    }

    static List<String> messageIds(String header) {
        List<String> ids = new ArrayList<>();
        Matcher m = MESSAGE_ID.matcher(header);
        while (m.find()) {
            ids.add(m.group());
        }
        return ids;
    }

    static ProtocolNumber protocolIn(String subject) {
        if (subject == null) {
            return null;
        }
        Matcher m = PROTOCOL.matcher(subject);
        while (m.find()) {
            if (ProtocolNumber.isValid(m.group(1))) {
                return ProtocolNumber.parse(m.group(1));
            }
        }
        return null;
    }
}

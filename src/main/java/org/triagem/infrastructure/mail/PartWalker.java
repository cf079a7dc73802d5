package org.triagem.infrastructure.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the MIME tree of one message, collecting body text and attachments within the limits. It reads
 * the tree as a mail reader does: a damaged Content-Type, multipart, transfer encoding or charset is
 * worked around and noted in {@link MailDefects}, never a reason to give up on the message.
 */
final class PartWalker {

    private static final String FORWARDED = "---------- Mensagem encaminhada ----------";
    private final MailLimits limits;
    private final Session session;
    private final MailDefects defects;
    private final List<String> texts = new ArrayList<>();
    private final List<MailAttachment> attachments = new ArrayList<>();
    private final List<SkippedAttachment> skipped = new ArrayList<>();

    PartWalker(MailLimits limits, Session session, MailDefects defects) {
        this.limits = limits;
        this.session = session;
        this.defects = defects;
    }

    String body() {
        return String.join("\n\n", texts).strip();
    }

    List<MailAttachment> attachments() {
        return attachments;
    }

    List<SkippedAttachment> skipped() {
        return skipped;
    }

    void walk(Part part, int depth) throws MessagingException, IOException, UnparseableMailException {
        if (depth > limits.maxNestingDepth()) {
            throw new UnparseableMailException("parts nested deeper than " + limits.maxNestingDepth() + " levels");
        }
        LenientContentType type = contentType(part);
        String base = type.baseType();
        if (type.isMultipart()) {
            walkMultipart(part, type, depth);
        } else if (base.equals("message/rfc822") && !PartNames.isAttachment(part)) {
            walkForwarded(part, depth);
        } else if ((base.equals("text/plain") || base.equals("text/html")) && !PartNames.isAttachment(part)) {
            readText(PartBytes.read(part, defects), type);
        } else {
            keepOrSkip(part, base);
        }
    }

    private void readText(byte[] bytes, LenientContentType type) {
        String charset = type.parameter("charset");
        if (MailText.isBinary(bytes, charset)) {
            defects.add(MailDefect.BINARY_TEXT_PART);
            return;
        }
        String text = MailText.decode(bytes, charset, defects);
        texts.add(type.baseType().equals("text/html") ? MailText.htmlToText(text) : MailText.tidy(text, false));
    }

    private void walkMultipart(Part part, LenientContentType type, int depth)
            throws MessagingException, IOException, UnparseableMailException {
        byte[] body = PartBytes.read(part, defects);
        Multipart multipart = MultipartReader.read(body, type, defects).orElse(null);
        if (multipart == null) {
            // No part to be found: the body is shown as text, as a mail reader shows it.
            if (!MailText.isBinary(body, type.parameter("charset"))) {
                texts.add(MultipartReader.asText(body, type, defects));
            }
            return;
        }
        if (type.baseType().equals("multipart/alternative")) {
            walk(preferredAlternative(multipart), depth + 1);
            return;
        }
        for (int i = 0; i < multipart.getCount(); i++) {
            walk(multipart.getBodyPart(i), depth + 1);
        }
    }

    /** Plain text when the sender offers it (no markup to strip), else the richest, which comes last. */
    private BodyPart preferredAlternative(Multipart multipart) throws MessagingException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart p = multipart.getBodyPart(i);
            if (contentType(p).baseType().equals("text/plain")) {
                return p;
            }
        }
        return multipart.getBodyPart(multipart.getCount() - 1);
    }

    private void walkForwarded(Part part, int depth) throws MessagingException, IOException, UnparseableMailException {
        byte[] bytes = HeaderRepair.repair(PartBytes.read(part, defects), defects);
        MimeMessage forwarded = new MimeMessage(session, new ByteArrayInputStream(bytes));
        StringBuilder heading = new StringBuilder(FORWARDED);
        String from = forwarded.getHeader("From", ",");
        if (from != null) {
            heading.append("\nDe: ").append(decodedAddresses(from));
        }
        if (forwarded.getSubject() != null) {
            heading.append("\nAssunto: ").append(EncodedWords.repair(forwarded.getSubject().strip(), defects));
        }
        texts.add(heading.toString());
        walk(forwarded, depth + 1);
    }

    private static String decodedAddresses(String header) {
        try {
            return InternetAddress.toUnicodeString(InternetAddress.parseHeader(header, false));
        } catch (MessagingException | RuntimeException e) {
            return header.strip();
        }
    }

    private void keepOrSkip(Part part, String base) throws MessagingException, IOException {
        String fileName = fileName(part);
        String type = MailLimits.typeOf(base, fileName);
        // Read whole even when not kept (the message is within maxMessageBytes): the note gives the size.
        byte[] content = PartBytes.read(part, defects);
        long size = content.length;
        limits.refusal(type, size).ifPresentOrElse(
                why -> skipped.add(new SkippedAttachment(fileName, type, size, why)),
                () -> attachments.add(new MailAttachment(fileName, type, size, content)));
    }

    private String fileName(Part part) throws MessagingException {
        // Never trust a path from outside: MailLimits keeps the last segment, no control characters.
        String name = MailLimits.safeFileName(PartNames.fileName(part));
        return name == null ? "anexo-" + (attachments.size() + skipped.size() + 1) : name;
    }

    private LenientContentType contentType(Part part) throws MessagingException {
        String[] raw = part.getHeader("Content-Type");
        LenientContentType type = LenientContentType.parse(raw == null || raw.length == 0 ? null : raw[0]);
        if (type.damaged()) {
            defects.add(MailDefect.BAD_CONTENT_TYPE);
        }
        return type;
    }
}

package org.triagem.infrastructure.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Walks the MIME tree of one message, collecting body text and attachments within the limits. */
final class PartWalker {

    private static final String FORWARDED = "---------- Mensagem encaminhada ----------";
    private static final Map<String, String> TYPE_BY_EXTENSION = Map.of(
            "pdf", "application/pdf", "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png",
            "gif", "image/gif", "txt", "text/plain", "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final MailLimits limits;
    private final List<String> texts = new ArrayList<>();
    private final List<MailAttachment> attachments = new ArrayList<>();
    private final List<SkippedAttachment> skipped = new ArrayList<>();

    PartWalker(MailLimits limits) {
        this.limits = limits;
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
        ContentType type = contentType(part);
        String base = type.getBaseType().toLowerCase(Locale.ROOT);
        if (base.startsWith("multipart/")) {
            walkMultipart(multipart(part), base, depth);
        } else if (base.equals("message/rfc822") && !isAttachment(part)) {
            walkForwarded(part, depth);
        } else if ((base.equals("text/plain") || base.equals("text/html")) && !isAttachment(part)) {
            String text = MailText.decode(readAll(part), type.getParameter("charset"));
            texts.add(base.equals("text/html") ? MailText.htmlToText(text) : MailText.tidy(text, false));
        } else {
            keepOrSkip(part, base);
        }
    }

    private void walkMultipart(Multipart multipart, String base, int depth)
            throws MessagingException, IOException, UnparseableMailException {
        if (base.equals("multipart/alternative") && multipart.getCount() > 0) {
            walk(preferredAlternative(multipart), depth + 1);
            return;
        }
        for (int i = 0; i < multipart.getCount(); i++) {
            walk(multipart.getBodyPart(i), depth + 1);
        }
    }

    /** Plain text when the sender offers it (no markup to strip), else the richest, which comes last. */
    private static BodyPart preferredAlternative(Multipart multipart) throws MessagingException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart p = multipart.getBodyPart(i);
            if (p.isMimeType("text/plain")) {
                return p;
            }
        }
        return multipart.getBodyPart(multipart.getCount() - 1);
    }

    private void walkForwarded(Part part, int depth) throws MessagingException, IOException, UnparseableMailException {
        Object content = part.getContent();
        if (!(content instanceof MimeMessage forwarded)) {
            throw new UnparseableMailException("message/rfc822 part is not a message");
        }
        StringBuilder heading = new StringBuilder(FORWARDED);
        String from = forwarded.getHeader("From", ",");
        if (from != null) {
            heading.append("\nDe: ").append(decodedAddresses(from));
        }
        if (forwarded.getSubject() != null) {
            heading.append("\nAssunto: ").append(forwarded.getSubject().strip());
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
        String type = base.equals("application/octet-stream") ? guessType(fileName, base) : base;
        byte[] kept;
        long size;
        boolean allowed = limits.allowsType(type);
        try (InputStream in = part.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            size = 0;
            for (int n; (n = in.read(buf)) != -1; ) {
                size += n;
                if (allowed && size <= limits.maxAttachmentBytes()) {
                    out.write(buf, 0, n);
                }
            }
            kept = out.toByteArray();
        }
        if (!allowed) {
            skipped.add(new SkippedAttachment(fileName, type, size, SkippedAttachment.Reason.TYPE_NOT_ALLOWED));
        } else if (size > limits.maxAttachmentBytes()) {
            skipped.add(new SkippedAttachment(fileName, type, size, SkippedAttachment.Reason.TOO_LARGE));
        } else {
            attachments.add(new MailAttachment(fileName, type, size, kept));
        }
    }

    private String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name != null) {
            // Never trust a path from outside: keep the last segment, no control characters.
            name = name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        }
        return name == null || name.isEmpty() || name.equals(".") || name.equals("..")
                ? "anexo-" + (attachments.size() + skipped.size() + 1) : name;
    }

    private static String guessType(String fileName, String fallback) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPE_BY_EXTENSION.getOrDefault(ext, fallback);
    }

    private static boolean isAttachment(Part part) throws MessagingException {
        return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
    }

    private static ContentType contentType(Part part) throws MessagingException {
        String raw = part.getContentType();
        return new ContentType(raw == null ? "text/plain" : raw);
    }

    private static Multipart multipart(Part part) throws MessagingException, IOException, UnparseableMailException {
        Object content = part.getContent();
        if (!(content instanceof Multipart multipart)) {
            throw new UnparseableMailException("multipart without a readable structure");
        }
        return multipart;
    }

    private static byte[] readAll(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }
}

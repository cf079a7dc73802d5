package org.triagem.infrastructure.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The decoded bytes of one part. Jakarta Mail's decoders fail a whole part for a stray character in
 * base64 or an unknown Content-Transfer-Encoding ({@code 8bits}); then the raw bytes are decoded here,
 * keeping what decodes, and the defect is noted. The decoders' own messages are never passed on: they
 * quote the damaged content.
 */
final class PartBytes {

    private PartBytes() {
    }

    static byte[] read(Part part, MailDefects defects) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException | MessagingException | RuntimeException e) {
            defects.add(MailDefect.BAD_TRANSFER_ENCODING);
            return leniently(part);
        }
    }

    private static byte[] leniently(Part part) throws MessagingException, IOException {
        byte[] raw = raw(part);
        String encoding = encodingOf(part);
        return encoding.contains("base64") ? LenientBase64.decode(raw) : raw;
    }

    private static byte[] raw(Part part) throws MessagingException, IOException {
        InputStream in = part instanceof MimeBodyPart body ? body.getRawInputStream()
                : part instanceof MimeMessage message ? message.getRawInputStream() : null;
        if (in == null) {
            throw new MessagingException("part without raw content");
        }
        try (in) {
            return in.readAllBytes();
        }
    }

    private static String encodingOf(Part part) throws MessagingException {
        String[] values = part.getHeader("Content-Transfer-Encoding");
        return values == null || values.length == 0 ? "" : values[0].strip().toLowerCase(Locale.ROOT);
    }
}

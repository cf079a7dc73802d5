package org.triagem.infrastructure.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import java.util.Locale;

/**
 * A part's disposition and file name, read leniently: Jakarta Mail parses Content-Disposition strictly
 * and fails the part for a flaw in a parameter; here the raw headers are salvaged as far as they go.
 */
final class PartNames {

    private PartNames() {
    }

    static boolean isAttachment(Part part) throws MessagingException {
        String disposition = header(part, "Content-Disposition");
        return (disposition != null && disposition.strip().toLowerCase(Locale.ROOT).startsWith(Part.ATTACHMENT))
                || fileName(part) != null;
    }

    static String fileName(Part part) throws MessagingException {
        try {
            return part.getFileName();
        } catch (MessagingException | RuntimeException e) {
            String disposition = header(part, "Content-Disposition");
            String name = disposition == null ? null
                    : LenientContentType.parse("x/x;" + afterType(disposition)).parameter("filename");
            return name != null ? name : LenientContentType.parse(header(part, "Content-Type")).parameter("name");
        }
    }

    private static String afterType(String header) {
        int semi = header.indexOf(';');
        return semi < 0 ? "" : header.substring(semi + 1);
    }

    private static String header(Part part, String name) throws MessagingException {
        String[] values = part.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }
}

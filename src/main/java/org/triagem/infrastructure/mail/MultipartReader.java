package org.triagem.infrastructure.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the parts of a multipart body, or says there are none to read. A declared boundary that the
 * body never uses ("Missing start boundary", a sixth of the real corpus in issue 15) is dropped, and
 * Jakarta Mail then takes the first {@code --} line as the boundary, as mail readers do. A body with
 * no boundary line at all has no parts: the caller reads it as text ({@link #asText}).
 */
final class MultipartReader {

    /** Boundary lines, part headers and base64 lines: MIME structure, not the customer's words. */
    private static final Pattern STRUCTURE = Pattern.compile(
            "(?m)^(--\\S+|Content-[A-Za-z-]+:.*|MIME-Version:.*|[A-Za-z0-9+/]{40,}={0,2})\\r?$\\n?");

    private MultipartReader() {
    }

    static Optional<MimeMultipart> read(byte[] body, LenientContentType type, MailDefects defects) {
        String declared = type.parameter("boundary");
        if (declared != null && !declared.isBlank()) {
            Optional<MimeMultipart> parts = parse(body, type.withBoundary(declared));
            if (parts.isPresent()) {
                return parts;
            }
        }
        defects.add(MailDefect.BROKEN_MULTIPART);
        return parse(body, type.withBoundary(null));
    }

    private static Optional<MimeMultipart> parse(byte[] body, String contentType) {
        try {
            MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(body, contentType));
            return multipart.getCount() > 0 ? Optional.of(multipart) : Optional.empty();
        } catch (MessagingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The body of a multipart without parts, as a reader would show it, its MIME scaffolding left out. */
    static String asText(byte[] body, LenientContentType type, MailDefects defects) {
        String charset = type.parameter("charset");
        String text = MailText.decode(body, charset, defects);
        return MailText.tidy(STRUCTURE.matcher(text).replaceAll(""), false);
    }
}

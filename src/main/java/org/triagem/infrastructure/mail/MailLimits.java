package org.triagem.infrastructure.mail;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the parser accepts: the size of a whole message, of one attachment, the attachment types
 * kept, and how deeply parts may nest. Attachments outside the limits are listed as skipped, never
 * silently dropped; a message outside them is refused.
 */
public record MailLimits(
        long maxMessageBytes, long maxAttachmentBytes, Set<String> allowedAttachmentTypes, int maxNestingDepth) {

    public static final long DEFAULT_MAX_MESSAGE_BYTES = 10L * 1024 * 1024;
    public static final long DEFAULT_MAX_ATTACHMENT_BYTES = 5L * 1024 * 1024;
    public static final int DEFAULT_MAX_NESTING_DEPTH = 10;
    public static final Set<String> DEFAULT_ALLOWED_TYPES = Set.of(
            "application/pdf", "image/jpeg", "image/png", "image/gif", "image/webp", "image/heic",
            "text/plain", "text/csv", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "audio/mpeg", "audio/ogg", "video/mp4");

    public MailLimits {
        if (maxMessageBytes <= 0 || maxAttachmentBytes <= 0 || maxNestingDepth <= 0) {
            throw new IllegalArgumentException("mail limits must be positive");
        }
        allowedAttachmentTypes = allowedAttachmentTypes.stream()
                .map(t -> t.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public static MailLimits defaults() {
        return new MailLimits(DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_MAX_ATTACHMENT_BYTES,
                DEFAULT_ALLOWED_TYPES, DEFAULT_MAX_NESTING_DEPTH);
    }

    public MailLimits withMaxMessageBytes(long bytes) {
        return new MailLimits(bytes, maxAttachmentBytes, allowedAttachmentTypes, maxNestingDepth);
    }

    public MailLimits withMaxAttachmentBytes(long bytes) {
        return new MailLimits(maxMessageBytes, bytes, allowedAttachmentTypes, maxNestingDepth);
    }

    public MailLimits withAllowedAttachmentTypes(Set<String> types) {
        return new MailLimits(maxMessageBytes, maxAttachmentBytes, types, maxNestingDepth);
    }

    public MailLimits withMaxNestingDepth(int depth) {
        return new MailLimits(maxMessageBytes, maxAttachmentBytes, allowedAttachmentTypes, depth);
    }

    public boolean allowsType(String contentType) {
        return allowedAttachmentTypes.contains(contentType.toLowerCase(Locale.ROOT));
    }
}

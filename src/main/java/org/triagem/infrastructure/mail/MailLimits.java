package org.triagem.infrastructure.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the parser accepts: the size of a whole message, of one attachment, the attachment types
 * kept, and how deeply parts may nest. Attachments outside the limits are listed as skipped, never
 * silently dropped; a message outside them is refused. The same rules judge a document the customer
 * sends from the status page ({@link #typeOf}, {@link #safeFileName}, {@link #refusal}): one policy for
 * files from outside, whichever way they come.
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
    /** What a file sent as {@code application/octet-stream} is taken for, by its name's extension. */
    private static final Map<String, String> TYPE_BY_EXTENSION = Map.of(
            "pdf", "application/pdf", "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png",
            "gif", "image/gif", "txt", "text/plain", "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

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

    /** Why a file of this type and size is not kept, or empty when it is. */
    public Optional<SkippedAttachment.Reason> refusal(String contentType, long size) {
        if (!allowsType(contentType)) {
            return Optional.of(SkippedAttachment.Reason.TYPE_NOT_ALLOWED);
        }
        return size > maxAttachmentBytes ? Optional.of(SkippedAttachment.Reason.TOO_LARGE) : Optional.empty();
    }

    /**
     * The type a file is taken for: the one declared, except that a generic {@code application/octet-stream}
     * (or none) is read from the file name's extension, as mail readers do.
     */
    public static String typeOf(String declared, String fileName) {
        String base = declared == null || declared.isBlank() ? "application/octet-stream"
                : declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!base.equals("application/octet-stream") || fileName == null) {
            return base;
        }
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPE_BY_EXTENSION.getOrDefault(ext, base);
    }

    /**
     * A file name from outside, made harmless: never a path (the last segment only), no control
     * characters; null when nothing usable is left.
     */
    public static String safeFileName(String name) {
        if (name == null) {
            return null;
        }
        String safe = name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        return safe.isEmpty() || safe.equals(".") || safe.equals("..") ? null : safe;
    }
}

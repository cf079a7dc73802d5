package org.triagem.interfaces.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.triagem.domain.model.complaint.ProtocolNumber;
import org.triagem.infrastructure.mail.MailLimits;
import org.triagem.infrastructure.mail.SkippedAttachment;
import org.triagem.interfaces.channel.CustomerReply;
import org.triagem.interfaces.channel.WebFormSubmission;

/**
 * What the status page sends when the customer answers: a text, a document, or both. The document is
 * judged by the mail channel's rules ({@link MailLimits}: the same types, the same 5 MB), but where a
 * mail's refused file is noted and the mail kept, here the customer is still on the page: the message is
 * refused with a problem that says why, so they can send another file.
 */
@Schema(name = "CustomerMessage", description = "A message from the customer on the status page: text, a"
        + " document, or both")
public record CustomerMessageRequest(
        @Schema(description = "What the customer writes; up to 64 KB. Required unless a document is sent")
        String text,
        @Schema(description = "A token the page makes once per message (8 to 64 letters, digits or dashes), so that"
                + " the same message sent twice is added once")
        String replyToken,
        @Schema(description = "The document's file name (any path is dropped)") String fileName,
        @Schema(description = "The document's type, such as application/pdf; application/octet-stream is read from"
                + " the file name's extension") String fileType,
        @Schema(description = "The document, base64; at most 5 MB once decoded. Accepted types: PDF, JPEG, PNG, GIF,"
                + " WebP, HEIC, plain text, CSV, Word, Excel, MP3, OGG, MP4") String fileContent) {

    /** The mail channel's limits for files from outside: the same types and size here. */
    static final MailLimits LIMITS = MailLimits.defaults();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");

    /** The message, checked, as the channel takes it; a problem (400, 413, 415) naming what is wrong otherwise. */
    CustomerReply checked(ProtocolNumber protocol) {
        String token = replyToken == null || replyToken.isBlank() ? UUID.randomUUID().toString() : replyToken;
        if (!TOKEN.matcher(token).matches()) {
            throw invalid("replyToken", "must be 8 to 64 letters, digits or dashes");
        }
        boolean hasText = text != null && !text.isBlank();
        boolean hasFile = fileContent != null && !fileContent.isEmpty();
        if (!hasText && !hasFile) {
            throw invalid("text", "is required (or send a document)");
        }
        if (hasText && text.getBytes(StandardCharsets.UTF_8).length > WebFormSubmission.MAX_DESCRIPTION_BYTES) {
            throw new ProblemException(Problem.of("payload-too-large", "Message too large", 413,
                    "The message may have at most 64 KB.")
                    .withErrors(List.of(new Problem.FieldError("text", "must be at most 64 KB"))));
        }
        if (!hasFile) {
            return new CustomerReply(protocol.value(), token, text, null, null, null);
        }
        String name = MailLimits.safeFileName(fileName);
        String type = MailLimits.typeOf(fileType, name);
        long size = decodedSize();
        LIMITS.refusal(type, size).ifPresent(why -> {
            throw refused(why, type, size);
        });
        return new CustomerReply(protocol.value(), token, text, name == null ? "documento" : name, type, fileContent);
    }

    /** The decoded size, read from the base64 text without decoding it (a big file is refused unread). */
    private long decodedSize() {
        if (fileContent.length() % 4 != 0 || !BASE64.matcher(fileContent).matches()) {
            throw invalid("fileContent", "must be the file in base64");
        }
        int padding = fileContent.endsWith("==") ? 2 : fileContent.endsWith("=") ? 1 : 0;
        long size = fileContent.length() / 4L * 3 - padding;
        if (size <= LIMITS.maxAttachmentBytes()) {
            Base64.getDecoder().decode(fileContent); // its characters matched; this only confirms the padding
        }
        return size;
    }

    private static ProblemException refused(SkippedAttachment.Reason why, String type, long size) {
        if (why == SkippedAttachment.Reason.TOO_LARGE) {
            return new ProblemException(Problem.of("attachment-too-large", "Document too large", 413,
                    "The document has " + megabytes(size) + "; the limit is " + megabytes(LIMITS.maxAttachmentBytes())
                            + ".").withErrors(List.of(new Problem.FieldError("fileContent",
                    "must be at most " + megabytes(LIMITS.maxAttachmentBytes())))));
        }
        return new ProblemException(Problem.of("attachment-type-not-allowed", "Document type not accepted", 415,
                "Documents of type " + type + " are not accepted. Send a PDF, an image (JPEG, PNG, GIF, WebP, HEIC),"
                        + " a text, CSV, Word or Excel file, MP3 or OGG audio, or MP4 video.")
                .withErrors(List.of(new Problem.FieldError("fileType", "is not an accepted type"))));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of("invalid-input", "Invalid input", 400, "Please correct: " + field)
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }
}

package org.triagem.domain.model.outbox;

import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Writes the automatic notice to a sender whose mail was too large to be registered: it says so, with
 * the limit, and that no protocol was opened. Marked {@code Auto-Submitted: auto-replied} (RFC 3834)
 * and threaded under the refused mail; it names no protocol, so an answer to it opens a new case.
 */
public final class OversizedMailNotice {

    private static final double MEGABYTE = 1024.0 * 1024.0;

    private final MailTexts texts;
    private final String messageIdDomain;

    public OversizedMailNotice(Locale locale, String messageIdDomain) {
        this.texts = new MailTexts(locale);
        this.messageIdDomain = messageIdDomain;
    }

    /** pt-BR, Message-IDs {@code @triagem}. */
    public static OversizedMailNotice brazilian() {
        return new OversizedMailNotice(AcknowledgementComposer.PT_BR, "triagem");
    }

    /**
     * @param originalSubject the refused mail's subject, or {@code null}
     * @param originalMessageId the refused mail's Message-ID, or {@code null}
     */
    public OutgoingMail compose(String sender, String originalSubject, String originalMessageId, long sizeBytes,
            long limitBytes, OffsetDateTime now) {
        String subject = originalSubject == null || originalSubject.isBlank() ? texts.text("oversize.no-subject")
                : originalSubject.strip();
        String body = texts.format("oversize.body", subject, megabytes(sizeBytes), megabytes(limitBytes)) + "\n";
        OutgoingMail mail = OutgoingMail.queueWithoutCase(MailKind.OVERSIZED_NOTICE, sender,
                        texts.text("oversize.subject"), body, MessageIds.nextWithoutCase(messageIdDomain), now)
                .withHeader("Auto-Submitted", "auto-replied")
                .withHeader("X-Auto-Response-Suppress", "All");
        return originalMessageId == null ? mail : mail.inReplyTo(originalMessageId, originalMessageId);
    }

    /** 10485760 → "10 MB", 15728640 → "15 MB", 11010048 → "10,5 MB" in pt-BR. */
    String megabytes(long bytes) {
        double mb = Math.ceil(bytes / MEGABYTE * 10) / 10;
        String text = mb == Math.rint(mb) ? String.valueOf((long) mb)
                : String.format(texts.locale(), "%.1f", mb);
        return text + " MB";
    }
}

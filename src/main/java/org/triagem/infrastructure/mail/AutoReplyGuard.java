package org.triagem.infrastructure.mail;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a message may receive an automatic acknowledgement, following RFC 3834: never
 * answer something sent automatically, a list, a bulk sender or a bounce, so two responders cannot
 * answer each other forever. A pure function of the headers and the sender address.
 */
public final class AutoReplyGuard {

    private static final Set<String> BULK = Set.of("bulk", "junk", "list");
    private static final Set<String> AUTOMATIC_MARKERS = Set.of("X-Autoreply", "X-Autorespond", "X-Auto-Reply");
    private static final Pattern SYSTEM_LOCAL_PART = Pattern.compile(
            "mailer-daemon|postmaster|no[-_.]?reply|do[-_.]?not[-_.]?reply|n[aã]o[-_.]?responda|bounces?|listserv|majordomo"
                    + "|(?:.*[-_.+])?(?:noreply|no-reply|bounces?)");

    public AutoReplyDecision mayAutoReply(ParsedMail mail) {
        return mayAutoReply(mail.headers(), mail.senderAddress());
    }

    public AutoReplyDecision mayAutoReply(MailHeaders headers, String senderAddress) {
        Optional<String> autoSubmitted = headers.first("Auto-Submitted").map(AutoReplyGuard::token);
        if (autoSubmitted.isPresent() && !autoSubmitted.get().equals("no")
                || AUTOMATIC_MARKERS.stream().anyMatch(headers::has)) {
            return AutoReplyDecision.refused(AutoReplyRefusal.AUTO_SUBMITTED);
        }
        if (headers.all("Precedence").stream().map(AutoReplyGuard::token).anyMatch(BULK::contains)) {
            return AutoReplyDecision.refused(AutoReplyRefusal.BULK_PRECEDENCE);
        }
        if (headers.has("X-Loop")) {
            return AutoReplyDecision.refused(AutoReplyRefusal.LOOP_DETECTED);
        }
        if (headers.has("X-Auto-Response-Suppress")) {
            return AutoReplyDecision.refused(AutoReplyRefusal.SUPPRESSED_BY_SENDER);
        }
        if (headers.has("List-Id") || headers.has("List-Unsubscribe")) {
            return AutoReplyDecision.refused(AutoReplyRefusal.MAILING_LIST);
        }
        if (isBounce(headers)) {
            return AutoReplyDecision.refused(AutoReplyRefusal.BOUNCE);
        }
        return senderDecision(senderAddress);
    }

    private static boolean isBounce(MailHeaders headers) {
        boolean nullReturnPath = headers.all("Return-Path").stream()
                .map(v -> v.replaceAll("\\s", ""))
                .anyMatch(v -> v.isEmpty() || v.equals("<>"));
        return nullReturnPath || headers.first("Content-Type").map(AutoReplyGuard::token)
                .filter(t -> t.equals("multipart/report")).isPresent();
    }

    private static AutoReplyDecision senderDecision(String senderAddress) {
        if (senderAddress == null || senderAddress.indexOf('@') <= 0) {
            return AutoReplyDecision.refused(AutoReplyRefusal.NO_SENDER);
        }
        // bounces+1234@: the sub-address tag says nothing about who the sender is
        String local = senderAddress.substring(0, senderAddress.lastIndexOf('@'))
                .replaceFirst("\\+.*", "").toLowerCase(Locale.ROOT);
        return SYSTEM_LOCAL_PART.matcher(local).matches()
                ? AutoReplyDecision.refused(AutoReplyRefusal.SYSTEM_SENDER)
                : AutoReplyDecision.allowed();
    }

    /** The value before any parameters or comment, lower-case: {@code auto-replied; x=y} → {@code auto-replied}. */
    private static String token(String value) {
        return value.split("[;(]", 2)[0].strip().toLowerCase(Locale.ROOT);
    }
}
